namespace GiveBack.Constituents.Imports.Store;

/// <summary>
/// The uploaded file's bytes, in the database rather than on one host's disk: any host's worker may run the import, and
/// a resumed run reads the same file again. Written and read as a stream (<see cref="ImportFiles"/>).
/// </summary>
public sealed class ImportFileRecord
{
    public Guid ImportId { get; set; }

    public required byte[] Content { get; set; }
}
