def handler(event, context):\n    return None
