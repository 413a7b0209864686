# time.tzset() rereads TZ and updates timezone, altzone, daylight and tzname.
import os
import time

for tz in ["UTC", "EST+05EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3", "JST-9"]:
    os.environ["TZ"] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname,
          time.strftime("%H:%M %Z", time.localtime(86400 * 200)))
