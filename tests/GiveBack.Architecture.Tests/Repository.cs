namespace GiveBack.Architecture.Tests;

/// <summary>The checkout the tests run from: some rules are about the sources and build files, not the assemblies.</summary>
internal static class Repository
{
    public static string Root => GiveBack.Testing.RepositoryRoot.Path;

    /// <summary>Files under <paramref name="directory"/> (relative to the root), build output left out.</summary>
    public static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, directory), pattern, SearchOption.AllDirectories).Where(f => !IsBuildOutput(f));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "node_modules");
}
