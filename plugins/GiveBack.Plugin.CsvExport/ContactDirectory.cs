using System.Text.Json;
using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Plugin.CsvExport;

/// <summary>
/// What the export knows of each donor (from DonorChanged events), kept in <c>.donors.json</c> in the export folder,
/// so that donation rows carry the contact columns NPSP matches on.
/// </summary>
internal sealed class ContactDirectory(string path)
{
    private Dictionary<Guid, DonorChanged>? _donors;

    public DonorChanged? Find(Guid donorId) => Load().GetValueOrDefault(donorId);

    public void Save(DonorChanged donor)
    {
        Load()[donor.DonorId] = donor;
        Write();
    }

    /// <summary>Drops an erased donor's contact; nothing to do when the export never knew them.</summary>
    public void Forget(Guid donorId)
    {
        if (Load().Remove(donorId))
        {
            Write();
        }
    }

    private void Write()
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_donors!.Values, JsonSerializerOptions.Web));
        File.Move(temp, path, overwrite: true);
    }

    private Dictionary<Guid, DonorChanged> Load() =>
        _donors ??= File.Exists(path)
            ? (JsonSerializer.Deserialize<List<DonorChanged>>(File.ReadAllText(path), JsonSerializerOptions.Web) ?? [])
                .ToDictionary(d => d.DonorId)
            : [];
}
