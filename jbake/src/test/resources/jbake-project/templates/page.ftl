<html><body>${content.body}</body></html>
