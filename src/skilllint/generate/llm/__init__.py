"""The optional model: settings, the chat-completions client, the paper reader and the repair loop."""
