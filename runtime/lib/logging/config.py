"""Configuring logging from a dictionary (dictConfig) or an ini file (fileConfig).
The socket listener (listen) is not provided.

Written for Spry from the documented behaviour of CPython 3.11's logging.config
("Configuration dictionary schema", "Configuration file format")."""

import io
import re

import logging
import logging.handlers

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name refers to, importing modules on the way."""
    parts = name.split('.')
    path = parts[0]
    found = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


def _split_keys(text):
    return [key.strip() for key in text.split(',')]


def _reset_handlers():
    # Existing handlers are flushed, closed and forgotten before a new setup.
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _children_of(name, existing):
    prefix = name + '.'
    return [other for other in existing if other.startswith(prefix)]


def _settle_existing(existing, children, disable_existing):
    # Loggers that were configured before but not now: descendants of a newly
    # configured logger are reset so they pass records up; the rest are disabled
    # (or left alone when disable_existing is false).
    for name in existing:
        logger = logging.root.manager.loggerDict[name]
        if name in children:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


# ---------------------------------------------------------------------------
# fileConfig
# ---------------------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Read a configparser-format description of formatters, handlers and loggers
    from a file name, a readable file or a ConfigParser."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as exc:
            raise RuntimeError(f'{fname} is invalid: {exc}')
    formatters = _ini_formatters(parser)
    with logging._lock:
        _reset_handlers()
        handlers = _ini_handlers(parser, formatters)
        _ini_loggers(parser, handlers, disable_existing_loggers)


def _ini_formatters(parser):
    names = parser['formatters']['keys']
    built = {}
    if not names:
        return built
    for name in _split_keys(names):
        section = 'formatter_' + name
        option = lambda key, fallback=None: parser.get(section, key, raw=True,
                                                       fallback=fallback)
        factory = logging.Formatter
        class_name = parser[section].get('class')
        if class_name:
            factory = _resolve(class_name)
        built[name] = factory(option('format'), option('datefmt'), option('style', '%'))
    return built


def _ini_handlers(parser, formatters):
    names = parser['handlers']['keys']
    built = {}
    if not names:
        return built
    targets = []
    namespace = vars(logging)
    for name in _split_keys(names):
        section = parser['handler_' + name]
        class_name = section['class']
        try:
            factory = eval(class_name, namespace)
        except (AttributeError, NameError):
            factory = _resolve(class_name)
        args = eval(section.get('args', '()'), namespace)
        kwargs = eval(section.get('kwargs', '{}'), namespace)
        handler = factory(*args, **kwargs)
        handler.name = name
        if 'level' in section:
            handler.setLevel(section['level'])
        formatter = section.get('formatter', '')
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(factory, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if target:
                targets.append((handler, target))  # may be defined further down
        built[name] = handler
    for handler, target in targets:
        handler.setTarget(built[target])
    return built


def _ini_loggers(parser, handlers, disable_existing):
    names = _split_keys(parser['loggers']['keys'])
    names.remove('root')
    root = logging.root
    section = parser['logger_root']
    if 'level' in section:
        root.setLevel(section['level'])
    for old in root.handlers[:]:
        root.removeHandler(old)
    if section['handlers']:
        for handler in _split_keys(section['handlers']):
            root.addHandler(handlers[handler])
    existing = sorted(root.manager.loggerDict)
    children = []
    for name in names:
        section = parser['logger_' + name]
        qualified = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(qualified)
        if qualified in existing:
            children.extend(_children_of(qualified, existing))
            existing.remove(qualified)
        if 'level' in section:
            logger.setLevel(section['level'])
        for old in logger.handlers[:]:
            logger.removeHandler(old)
        logger.propagate = propagate
        logger.disabled = 0
        if section['handlers']:
            for handler in _split_keys(section['handlers']):
                logger.addHandler(handlers[handler])
    _settle_existing(existing, children, disable_existing)


# ---------------------------------------------------------------------------
# dictConfig
# ---------------------------------------------------------------------------

class ConvertingMixin(object):
    """Containers whose items are converted on access: nested dicts and lists
    become converting ones, 'ext://' and 'cfg://' strings are resolved."""

    def _adopt(self, key, result, original):
        if result is not original and type(result) in (ConvertingDict, ConvertingList,
                                                        ConvertingTuple):
            result.parent = self
            if key is not None:
                result.key = key
        return result

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if result is not value and replace:
            self[key] = result
        return self._adopt(key, result, value)

    def convert(self, value):
        return self._adopt(None, self.configurator.convert(value), value)


class ConvertingDict(dict, ConvertingMixin):

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


class BaseConfigurator(object):
    """Resolves the special values of a configuration dictionary."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object named by a dotted path ('ext://' values, class names)."""
        parts = s.split('.')
        path = parts[0]
        try:
            found = self.importer(path)
            for part in parts[1:]:
                path += '.' + part
                if not hasattr(found, part):
                    self.importer(path)
                found = getattr(found, part)
            return found
        except ImportError as exc:
            raise ValueError('Cannot resolve %r: %s' % (s, exc)) from exc

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follow 'a.b[0][key]' from the top of the configuration."""
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError('Unable to convert %r' % value)
        place = self.config[first.group(1)]
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step is not None:
                place = place[step.group(1)]
            else:
                step = self.INDEX_PATTERN.match(rest)
                if step is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                index = step.group(1)
                if self.DIGIT_PATTERN.match(index):
                    try:
                        place = place[int(index)]
                    except TypeError:
                        place = place[index]
                else:
                    place = place[index]
            rest = rest[step.end():]
        return place

    def convert(self, value):
        for plain, converting in ((dict, ConvertingDict), (list, ConvertingList)):
            if isinstance(value, plain) and not isinstance(value, converting):
                value = converting(value)
                value.configurator = self
                return value
        if (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
                and not hasattr(value, '_fields')):  # named tuples stay as they are
            value = ConvertingTuple(value)
            value.configurator = self
            return value
        if isinstance(value, str):
            special = self.CONVERT_PATTERN.match(value)
            if special is not None:
                method = self.value_converters.get(special.group('prefix'))
                if method:
                    value = getattr(self, method)(special.group('suffix'))
        return value

    def configure_custom(self, config):
        """Call the '()' factory with the other keys; then set the '.' attributes."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        attributes = config.pop('.', None)
        made = factory(**{key: config[key] for key in config if valid_ident(key)})
        if attributes:
            for name, value in attributes.items():
                setattr(made, name, value)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _wrapped(message, action, *args):
    # Run action(*args); any failure becomes ValueError(message) caused by it.
    try:
        return action(*args)
    except Exception as exc:
        raise ValueError(message) from exc


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary (schema version 1)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._adjust_existing(config)
            else:
                self._build(config)

    def _adjust_existing(self, config):
        # incremental: only levels of named handlers, and loggers, change.
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            _wrapped('Unable to configure handler %r' % name, self._set_handler_level,
                     logging._handlers[name], handlers[name])
        loggers = config.get('loggers', {})
        for name in loggers:
            _wrapped('Unable to configure logger %r' % name, self.configure_logger, name,
                     loggers[name], True)
        root = config.get('root', None)
        if root:
            _wrapped('Unable to configure root logger', self.configure_root, root, True)

    @staticmethod
    def _set_handler_level(handler, settings):
        level = settings.get('level', None)
        if level:
            handler.setLevel(logging._checkLevel(level))

    def _build(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _reset_handlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            formatters[name] = _wrapped('Unable to configure formatter %r' % name,
                                        self.configure_formatter, formatters[name])
        filters = config.get('filters', {})
        for name in filters:
            filters[name] = _wrapped('Unable to configure filter %r' % name,
                                     self.configure_filter, filters[name])
        handlers = config.get('handlers', {})
        # Alphabetical order; a handler whose target is not built yet waits
        # for a second round.
        waiting = []
        for name in sorted(handlers):
            try:
                handlers[name] = self._named_handler(name, handlers[name])
            except Exception as exc:
                if 'target not configured yet' not in str(exc.__cause__):
                    raise ValueError('Unable to configure handler %r' % name) from exc
                waiting.append(name)
        for name in waiting:
            handlers[name] = _wrapped('Unable to configure handler %r' % name,
                                      self._named_handler, name, handlers[name])
        existing = sorted(logging.root.manager.loggerDict)
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                children.extend(_children_of(name, existing))
                existing.remove(name)
            _wrapped('Unable to configure logger %r' % name, self.configure_logger, name,
                     loggers[name])
        _settle_existing(existing, children, disable_existing)
        root = config.get('root', None)
        if root:
            _wrapped('Unable to configure root logger', self.configure_root, root)

    def _named_handler(self, name, settings):
        handler = self.configure_handler(settings)
        handler.name = name
        return handler

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as exc:
                if "'format'" not in str(exc):
                    raise
                # A factory taking fmt= rather than format=.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        class_name = config.get('class', None)
        factory = _resolve(class_name) if class_name else logging.Formatter
        positional = [config.get('format', None), config.get('datefmt', None),
                      config.get('style', '%')]
        if 'validate' in config:
            positional.append(config['validate'])
        return factory(*positional)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            _wrapped('Unable to add filter %r' % name,
                     lambda: filterer.addFilter(self.config['filters'][name]))

    def _target_handler(self, config, original):
        try:
            target = self.config['handlers'][config['target']]
            if not isinstance(target, logging.Handler):
                config.update(original)  # keep the settings for the second round
                raise TypeError('target not configured yet')
        except Exception as exc:
            raise ValueError('Unable to set target handler %r' % config['target']) from exc
        config['target'] = target

    def configure_handler(self, config):
        original = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            formatter = _wrapped('Unable to set formatter %r' % formatter,
                                 self.config['formatters'].__getitem__, formatter)
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                self._target_handler(config, original)
        attributes = config.pop('.', None)
        kwargs = {key: config[key] for key in config if valid_ident(key)}
        try:
            handler = factory(**kwargs)
        except TypeError as exc:
            if "'stream'" not in str(exc):
                raise
            # Old handler classes called the stream argument strm.
            kwargs['strm'] = kwargs.pop('stream')
            handler = factory(**kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        if attributes:
            for name, value in attributes.items():
                setattr(handler, name, value)
        return handler

    def add_handlers(self, logger, handlers):
        for name in handlers:
            _wrapped('Unable to add handler %r' % name,
                     lambda: logger.addHandler(self.config['handlers'][name]))

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for old in logger.handlers[:]:
            logger.removeHandler(old)
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


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()
