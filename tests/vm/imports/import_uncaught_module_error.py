print("about to import a missing module")
import this_module_does_not_exist_anywhere
