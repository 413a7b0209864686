VALUE = "from sub"
