// Handbook client script
