WHO = "namespace package module"
