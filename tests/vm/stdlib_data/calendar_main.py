# calendar.main (python -m calendar): text years and months, options, html, errors.
import calendar
import io
import sys

sys.stderr = sys.stdout
calendar.main(['cal', '2023'])
calendar.main(['cal', '-w', '3', '-l', '2', '2024', '2'])
calendar.main(['cal', '-m', '4', '-s', '2', '2021'])
sys.stdout.flush()


class BytesOut:
    def __init__(self):
        self.buffer = io.BytesIO()

    def write(self, text):
        self.buffer.write(b'[text] ' + text.encode())

    def flush(self):
        pass


real = sys.stdout
sys.stdout = fake = BytesOut()
calendar.main(['cal', '-t', 'html', '-c', 'my.css', '2024'])
page = fake.buffer.getvalue()
sys.stdout = fake = BytesOut()
calendar.main(['cal', '-L', 'C', '-e', 'ascii', '1999', '12'])
sys.stdout = real
print(len(page), page[:200])
print(fake.buffer.getvalue().decode())
sys.stdout = BytesOut()    # the html branch takes sys.stdout.buffer first
for args in [['cal', '-L', 'C', '2024'], ['cal', '-t', 'html', '2024', '1'], ['cal', '-t', 'pdf'], ['cal', 'x']]:
    try:
        calendar.main(args)
    except SystemExit as e:
        print('exit', e.code, file=real)
sys.stdout = real
try:
    calendar.main(['cal', '2024', '13'])
except Exception as e:
    print(type(e).__name__, e)
print(calendar.LocaleTextCalendar(locale='C').formatmonthname(2024, 5, 20), calendar.LocaleHTMLCalendar(locale='C').formatweekday(2))
