namespace GiveBack.Workspace.Components.Pages.Reports;

/// <summary>A CSV ready to download: its file name and its text, written by the house CSV writer.</summary>
public sealed record CsvFile(string FileName, string Content);
