"""Configure the logging package from a dictionary or an ini-style file.

Written for Spry from the documented behaviour of CPython 3.11's
logging.config: dictConfig (schema version 1, with 'ext://' and 'cfg://'
values, '()' factories and '.' attributes, incremental mode) and fileConfig.
listen() and stopListening() are not provided (Spry has no socket server).
"""

import io
import re
import sys

import logging
import logging.handlers

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'BaseConfigurator',
           'DictConfigurator', 'dictConfigClass']

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """Imports the object a dotted name designates, importing each module
    along the way when it is not yet an attribute of its package."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the new configuration does not name are disabled or enabled
    as disable_existing says, except the descendants of configured loggers,
    which are reset to pass their records up."""
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _descendants(existing, name):
    """The names in the sorted list existing that are children of name."""
    prefix = name + '.'
    return [other for other in existing if other.startswith(prefix)]


class BaseConfigurator(object):
    """Resolves the special values of a configuration: 'ext://a.b' is the
    object a.b (imported), 'cfg://handlers.h[0]' a value elsewhere in the
    same configuration."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        """The object a dotted name designates (modules imported as needed)."""
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest) or self.INDEX_PATTERN.match(rest)
            if m is None:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            key = m.groups()[0]
            if m.re is self.INDEX_PATTERN and self.DIGIT_PATTERN.match(key):
                try:
                    d = d[int(key)]
                    rest = rest[m.end():]
                    continue
                except TypeError:
                    pass
            d = d[key]
            rest = rest[m.end():]
        return d

    def convert(self, value):
        """Converts a string value with a known prefix; containers are
        converted item by item when read (see _Converted)."""
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                name = self.value_converters.get(m.group('prefix'))
                if name:
                    return getattr(self, name)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """Builds an object from a '()' factory and keyword arguments, then
        sets the attributes listed under '.'."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class _Converted(dict):
    """A configuration dict whose values are converted when read."""

    def __init__(self, data, configurator):
        dict.__init__(self, data)
        self.configurator = configurator

    def _wrap(self, key, value):
        result = _convert_value(self.configurator, value)
        if result is not value:
            dict.__setitem__(self, key, result)
        return result

    def __getitem__(self, key):
        return self._wrap(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            dict.__delitem__(self, key)
            return value
        return dict.pop(self, key, *default)

    def items(self):
        return [(k, self[k]) for k in dict.keys(self)]

    def values(self):
        return [self[k] for k in dict.keys(self)]


class _ConvertedList(list):
    def __init__(self, data, configurator):
        list.__init__(self, data)
        self.configurator = configurator

    def __getitem__(self, index):
        value = list.__getitem__(self, index)
        result = _convert_value(self.configurator, value)
        if result is not value and isinstance(index, int):
            list.__setitem__(self, index, result)
        return result

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]


def _convert_value(configurator, value):
    if isinstance(value, (_Converted, _ConvertedList)):
        return value
    if isinstance(value, dict):
        return _Converted(value, configurator)
    if isinstance(value, list):
        return _ConvertedList(value, configurator)
    return configurator.convert(value)


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary following schema version 1."""

    def __init__(self, config):
        BaseConfigurator.__init__(self, None)
        self.config = _Converted(config, self)

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_fully(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_fully(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clear_existing_handlers()

        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e

        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e

        # Handlers go in name order; one whose target handler is not built
        # yet (a MemoryHandler's) waits for a second pass.
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._install_handler(handlers, name)
            except _TargetNotReady:
                deferred.append(name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._install_handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        root = logging.root
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                child_loggers.extend(_descendants(existing, name))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)

        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _install_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as te:
                # Older custom formatters were documented to take 'format'
                # rather than 'fmt'.
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = config.get('()', None) or logging.Formatter
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        factory = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return factory(fmt, datefmt, style, config['validate'])
        return factory(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self.config['filters'][name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config):
        config_copy = dict(config)  # restored if we must wait for a target
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if (isinstance(factory, type) and
                    issubclass(factory, logging.handlers.MemoryHandler) and
                    'target' in config):
                target = self.config['handlers'][config['target']]
                if not isinstance(target, logging.Handler):
                    config.clear()
                    config.update(config_copy)
                    raise _TargetNotReady()
                config['target'] = target
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            # Handlers written for Python 2.6 named their stream 'strm'.
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


class _TargetNotReady(Exception):
    """A handler's target handler has not been configured yet."""


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------- fileConfig

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Read the logging configuration from a ConfigParser-format file (a
    path, a file object or a RawConfigParser instance)."""
    import configparser

    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                encoding = io.text_encoding(encoding)
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')

    formatters = _file_formatters(cp)
    with logging._lock:
        _clear_existing_handlers()
        handlers = _file_handlers(cp, formatters)
        _file_loggers(cp, handlers, disable_existing_loggers)


def _names(text):
    return [name.strip() for name in text.split(',') if name.strip()]


def _file_formatters(cp):
    names = _names(cp["formatters"]["keys"])
    formatters = {}
    for name in names:
        section = cp["formatter_%s" % name]
        fmt = section.get("format", None, raw=True)
        datefmt = section.get("datefmt", None, raw=True)
        style = section.get("style", '%')
        cname = section.get("class", None)
        factory = _resolve(cname) if cname else logging.Formatter
        validate = section.get("validate", 'True') == 'True'
        formatters[name] = factory(fmt, datefmt, style, validate=validate)
    return formatters


def _file_handlers(cp, formatters):
    names = _names(cp["handlers"]["keys"])
    handlers = {}
    fixups = []  # MemoryHandlers whose target is named later
    for name in names:
        section = cp["handler_%s" % name]
        klass = section["class"]
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get("args", '()'), vars(logging))
        kwargs = eval(section.get("kwargs", '{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = name
        if "level" in section:
            h.setLevel(section["level"])
        fmt = section.get("formatter", "")
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                fixups.append((h, target))
        handlers[name] = h
    for h, target in fixups:
        h.setTarget(handlers[target])
    return handlers


def _configure_file_logger(cp, logger, section, handlers):
    if "level" in section:
        logger.setLevel(section["level"])
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in _names(section.get("handlers", "")):
        logger.addHandler(handlers[name])


def _file_loggers(cp, handlers, disable_existing):
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    _configure_file_logger(cp, logging.root, cp["logger_root"], handlers)

    existing = sorted(logging.root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            child_loggers.extend(_descendants(existing, qualname))
            existing.remove(qualname)
        logger.propagate = propagate
        logger.disabled = False
        _configure_file_logger(cp, logger, section, handlers)
    _handle_existing_loggers(existing, child_loggers, disable_existing)
