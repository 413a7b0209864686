"""The context manager behind TestCase.assertLogs and assertNoLogs."""

import logging

__unittest = True


class LogRecords:
    """What `with assertLogs() as cm` binds: the captured LogRecords and their
    formatted lines ("LEVEL:logger:message")."""

    def __init__(self):
        self.records = []
        self.output = []


class _CollectingHandler(logging.Handler):
    def __init__(self, sink):
        super().__init__()
        self.sink = sink

    def flush(self):
        pass

    def emit(self, record):
        self.sink.records.append(record)
        self.sink.output.append(self.format(record))


class LogCapture:
    """Replaces a logger's handlers with one collecting handler for the duration
    of the block, then checks that something (or, for assertNoLogs, nothing) was
    logged at the level or above."""

    def __init__(self, test_case, logger_name, level, expect_none):
        self.test_case = test_case
        self.logger_name = logger_name
        if not level:
            level = logging.INFO
        elif isinstance(level, str):
            level = logging.getLevelNamesMapping().get(level, level)
        self.level = level
        self.expect_none = expect_none
        self.msg = None

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            self.logger = self.logger_name
        else:
            self.logger = logging.getLogger(self.logger_name)
        self.captured = LogRecords()
        handler = _CollectingHandler(self.captured)
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        logger = self.logger
        self._saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.expect_none else self.captured

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers, level, logger.propagate = self._saved
        logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.expect_none:
            if self.captured.records:
                self._fail("Unexpected logs found: {!r}".format(self.captured.output))
        elif not self.captured.records:
            self._fail("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), logger.name))
        return None

    def _fail(self, standard):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standard))
