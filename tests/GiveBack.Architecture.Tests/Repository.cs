namespace GiveBack.Architecture.Tests;

/// <summary>The checkout the tests run from: some rules are about the sources and build files, not the assemblies.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>Files under <paramref name="directory"/> (relative to the root), build output left out.</summary>
    public static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, directory), pattern, SearchOption.AllDirectories).Where(f => !IsBuildOutput(f));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "node_modules");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GiveBack.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GiveBack.sln above {AppContext.BaseDirectory}");
    }
}
