using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GiveBack.Architecture.Tests;

/// <summary>
/// The plugins GiveBack ships and the sample, as deployed beside this test (bin/…/plugins/&lt;Id&gt;/, see the project
/// file): the host never references them, so their references are read from the files without loading them.
/// </summary>
internal static class ShippedPlugins
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Each deployed plugin file with the names of the assemblies it references.</summary>
    public static IReadOnlyList<(string File, IReadOnlyList<string> References)> Files() =>
        Directory.EnumerateFiles(Folder, "*.dll", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(Folder, file), (IReadOnlyList<string>)References(file)))
            .ToList();

    private static List<string> References(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return [];
        }

        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
