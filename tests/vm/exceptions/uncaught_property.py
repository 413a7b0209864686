class Temperature:
    def __init__(self, kelvin):
        self._k = kelvin
    @property
    def celsius(self):
        if self._k < 0:
            raise ValueError("below absolute zero")
        return self._k - 273.15
print(Temperature(300).celsius)
print(Temperature(-5).celsius)
