namespace GiveBack.Testing;

/// <summary>The checkout a test runs from (the folder holding GiveBack.sln), for tests that run its scripts or read its files.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "GiveBack.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GiveBack.sln above {AppContext.BaseDirectory}");
    }
}
