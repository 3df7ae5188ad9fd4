"""Import a plan written in Word or as text: read the file (reader), find its
parts (parser), read its time frames (timeframes) and match the bodies it
names to existing agencies (matching). Nothing is saved here."""
