"""The runtime shared by every generated client, copied into it as it is (this file is not)."""
