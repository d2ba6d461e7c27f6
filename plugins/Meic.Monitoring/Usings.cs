// The plugin's lenient reader of stored dates keeps its short name beside Meic.Sdk.Text.Dates (the toolkit's date parser for input).
global using Dates = Meic.Monitoring.Model.Dates;
