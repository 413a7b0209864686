g = BaseExceptionGroup("leaf", [SystemExit(1)])
for i in range(12):
    g = BaseExceptionGroup(f"level{i}", [g, KeyboardInterrupt()])
raise g
