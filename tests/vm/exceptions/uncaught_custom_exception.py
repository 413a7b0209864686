class InventoryError(Exception):
    def __init__(self, item, qty):
        super().__init__(f"cannot remove {qty} x {item}")
        self.item = item
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}
    def remove(self, item, qty):
        have = self.items.get(item, 0)
        if qty > have:
            raise InventoryError(item, qty)
        self.items[item] = have - qty
inv = Inventory()
inv.remove("apple", 2)
print(inv.items)
inv.remove("apple", 5)
