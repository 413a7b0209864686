raise SyntaxError("plain message")
