"""Understanding what people type: numbers, dates, phones, money (pure)."""
