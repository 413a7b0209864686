SETTING = "configured"
