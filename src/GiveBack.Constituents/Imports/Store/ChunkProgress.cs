namespace GiveBack.Constituents.Imports.Store;

/// <summary>What one chunk of rows did, committed at once with the run's checkpoint so a resumed run neither skips nor repeats it.</summary>
public sealed record ChunkProgress(
    int ProcessedRows, int Imported, int Skipped, IReadOnlyList<RowProblem> Problems, IReadOnlyCollection<string> BookedKeys);
