# pstats: reading, combining, ordering and printing profiler statistics.
#
# A stats dict maps a function key (filename, line, name) to
# (primitive calls, total calls, own time, cumulative time, callers); a caller
# entry is either a call count (profile) or (calls, primitive calls, own time,
# cumulative time) (cProfile).

import marshal
import os
import re
import sys
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Dict

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *names):
        member = str.__new__(cls, names[0])
        member._value_ = names[0]
        for alias in names[1:]:
            cls._value2member_map_[alias] = member
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    total_tt: float
    func_profiles: Dict[str, FunctionProfile]


# Each sort column: an index into a row (see _row) and whether it sorts descending.
_NCALLS, _PCALLS, _TT, _CT, _FILE, _LINE, _NAME, _STD = range(8)
_ORDERINGS = {
    'calls': (((_NCALLS, True),), 'call count'),
    'ncalls': (((_NCALLS, True),), 'call count'),
    'cumtime': (((_CT, True),), 'cumulative time'),
    'cumulative': (((_CT, True),), 'cumulative time'),
    'filename': (((_FILE, False),), 'file name'),
    'line': (((_LINE, False),), 'line number'),
    'module': (((_FILE, False),), 'file name'),
    'name': (((_NAME, False),), 'function name'),
    'nfl': (((_NAME, False), (_FILE, False), (_LINE, False)), 'name/file/line'),
    'pcalls': (((_PCALLS, True),), 'primitive call count'),
    'stdname': (((_STD, False),), 'standard name'),
    'time': (((_TT, True),), 'internal time'),
    'tottime': (((_TT, True),), 'internal time'),
}
_NUMBERED_ORDERINGS = {-1: 'stdname', 0: 'calls', 1: 'time', 2: 'cumulative'}


def _ordering_table():
    # Exact names plus every prefix that belongs to a single name.
    table = dict(_ORDERINGS)
    owners = {}
    for name in _ORDERINGS:
        for end in range(1, len(name)):
            owners.setdefault(name[:end], set()).add(name)
    for prefix, names in owners.items():
        if prefix not in table and len(names) == 1:
            table[prefix] = _ORDERINGS[names.pop()]
    return table


class Stats:
    sort_arg_dict_default = _ORDERINGS

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.init(args[0] if args else None)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        self.get_top_level_stats()

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
        elif isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                stamp = time.ctime(os.stat(arg).st_mtime) + '    '
            except OSError:
                stamp = ''
            self.files = [stamp + arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        else:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        for other in reversed(arg_list):
            if type(other) is not type(self):
                other = Stats(other)
            self.files += other.files
            self.total_calls += other.total_calls
            self.prim_calls += other.prim_calls
            self.total_tt += other.total_tt
            self.top_level.update(other.top_level)
            self.max_name_len = max(self.max_name_len, other.max_name_len)
            self.fcn_list = None
            for func, entry in other.stats.items():
                mine = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(mine, entry)
        return self

    def dump_stats(self, filename):
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        if not self.sort_arg_dict:
            self.sort_arg_dict = _ordering_table()
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = (_NUMBERED_ORDERINGS[field[0]],)
        elif len(field) > 1:
            for word in field[1:]:
                if type(word) is not type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        table = self.get_sort_arg_defs()
        columns = []
        titles = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            spec, title = table[word]
            columns.extend(spec)
            titles.append(title)
        self.sort_type = ", ".join(titles)
        rows = [_row(func, entry) for func, entry in self.stats.items()]
        # Stable sorts from the least significant column up give the combined order.
        for index, descending in reversed(columns):
            rows.sort(key=lambda row: row[index], reverse=descending)
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            short = func_strip_path(func)
            longest = max(longest, len(func_std_string(short)))
            short_callers = {}
            for caller, value in callers.items():
                short_callers = add_callers(short_callers, {func_strip_path(caller): value})
            entry = (cc, nc, tt, ct, short_callers)
            if short in stripped:
                entry = add_func_stats(stripped[short], entry)
            stripped[short] = entry
        self.stats = stripped
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = longest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees is not None:
            return
        callees = {}
        for func, entry in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in entry[4].items():
                callees.setdefault(caller, {})[func] = value
        self.all_callees = callees

    def eval_print_amount(self, sel, list, msg):
        chosen = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return chosen, msg
            chosen = [func for func in list if pattern.search(func_std_string(func))]
        elif isinstance(sel, float):
            if 0.0 <= sel < 1.0:
                chosen = list[:int(len(list) * sel + 0.5)]
        elif isinstance(sel, int):
            if 0 <= sel < len(list):
                chosen = list[:sel]
        if len(chosen) != len(list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(chosen), sel)
        return chosen, msg

    def get_print_list(self, sel_list):
        if self.fcn_list:
            chosen = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            chosen = list(self.stats)
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            chosen, msg = self.eval_print_amount(sel, chosen, msg)
        if not chosen:
            return 0, chosen
        print(msg, file=self.stream)
        width = self.max_name_len
        if len(chosen) < len(self.stats):
            width = max(len(func_std_string(func)) for func in chosen)
        return width + 2, chosen

    def get_stats_profile(self):
        # Rounded as print_stats shows them; a per-call figure with no calls is -1.
        profiles = {}
        for func in (self.fcn_list or list(self.stats)):
            cc, nc, tt, ct = self.stats[func][:4]
            profiles[func[2]] = FunctionProfile(
                _calls_text(cc, nc), round(tt, 3), round(tt / nc, 3) if nc else -1,
                round(ct, 3), round(ct / cc, 3) if cc else -1, func[0], func[1])
        return StatsProfile(round(self.total_tt, 3), profiles)

    def print_stats(self, *amount):
        out = self.stream
        for name in self.files:
            print(name, file=out)
        if self.files:
            print(file=out)
        for func in self.top_level:
            print('        ', func_get_function_name(func), file=out)
        line = '         %d function calls' % self.total_calls
        if self.total_calls != self.prim_calls:
            line += ' (%d primitive calls)' % self.prim_calls
        print(line + ' in %.3f seconds' % self.total_tt, file=out)
        print(file=out)
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_title()
            for func in chosen:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in chosen:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_call_heading(width, "was called by...")
            for func in chosen:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function".ljust(name_size) + column_title, file=self.stream)
        # Timed caller entries (cProfile's) get column titles; plain counts do not.
        for entry in self.stats.values():
            if entry[4]:
                if isinstance(next(iter(entry[4].values())), tuple):
                    print(' ' * name_size + "    ncalls  tottime  cumtime",
                          file=self.stream)
                break

    def print_call_line(self, name_size, source, call_dict, arrow='->'):
        lead = func_std_string(source).ljust(name_size) + arrow + ' '
        if not call_dict:
            print(lead, file=self.stream)
            return
        for other in sorted(call_dict):
            value = call_dict[other]
            name = func_std_string(other)
            if isinstance(value, tuple):
                nc, cc, tt, ct = value[:4]
                calls = _calls_text(cc, nc)
                text = '%7s %s %s  %s' % (calls, f8(tt), f8(ct), name)
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[other][3]))
            print(lead + text, file=self.stream)
            lead = ' ' * (name_size + 3)

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)',
              file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct = self.stats[func][:4]
        calls = _calls_text(cc, nc)
        blank = ' ' * 8
        parts = [calls.rjust(9), f8(tt), f8(tt / nc) if nc else blank,
                 f8(ct), f8(ct / cc) if cc else blank, func_std_string(func)]
        print(' '.join(parts), file=self.stream)


def _calls_text(primitive, total):
    # 'total/primitive' when recursion made them differ.
    return str(total) if total == primitive else '%d/%d' % (total, primitive)


def _row(func, entry):
    cc, nc, tt, ct = entry[:4]
    return (nc, cc, tt, ct, func[0], func[1], func[2], func_std_string(func), func)


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    filename, line, name = func_name
    if filename == '~' and line == 0:
        # Built-ins: '<built-in method len>' is shown as '{built-in method len}'.
        if name.startswith('<') and name.endswith('>'):
            return '{' + name[1:-1] + '}'
        return name
    return "%s:%d(%s)" % (filename, line, name)


def add_func_stats(target, source):
    return tuple(a + b for a, b in zip(target[:4], source[:4])) + (
        add_callers(target[4], source[4]),)


def add_callers(target, source):
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            old = merged[func]
            if isinstance(value, tuple):
                value = tuple(a + b for a, b in zip(old, value))
            else:
                value = old + value
        merged[func] = value
    return merged


def count_calls(callers):
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x
