using System.Globalization;

namespace GiveBack.FaultHarness.Cluster;

/// <summary>
/// A throwaway PostgreSQL cluster under /tmp, from Debian's packages, with durable defaults (fsync and synchronous
/// commit on: the PostgreSQL scenario kills the server and counts on acknowledged commits surviving).
/// </summary>
internal sealed class PostgresInstance : IAsyncDisposable
{
    private readonly string _repository;
    private readonly DirectoryInfo _work;

    private PostgresInstance(string repository, DirectoryInfo work, int port)
    {
        _repository = repository;
        _work = work;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_work.FullName, "pg");

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres");

    public static async Task<PostgresInstance> StartAsync(string repository)
    {
        var work = Directory.CreateTempSubdirectory("giveback-fault.");
        // The postgres user (the server runs as it when we are root) must reach the data directory inside.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(work.FullName, (UnixFileMode)0b111_101_101);
        }

        var port = int.Parse(await Shell.PostgresAsync(repository, "giveback_free_port 55470"), CultureInfo.InvariantCulture);
        var instance = new PostgresInstance(repository, work, port);
        await instance.StartAgainAsync();
        return instance;
    }

    /// <summary>Starts the cluster (created on first use) and waits until it accepts connections.</summary>
    public Task StartAgainAsync() =>
        Shell.PostgresAsync(_repository, """giveback_pg_start "$1" "$2" """, DataDirectory, Port.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// <c>pg_ctl stop -m immediate</c>: every server process quits at once, without a checkpoint, as in a crash; the next
    /// start replays the WAL.
    /// </summary>
    public Task KillAsync() =>
        Shell.PostgresAsync(_repository, """giveback_pg_run "$(giveback_pg_bin)/pg_ctl" -D "$1" -m immediate -w stop >/dev/null""", DataDirectory);

    public async ValueTask DisposeAsync()
    {
        await Shell.PostgresAsync(_repository, """giveback_pg_stop "$1" """, DataDirectory);
        _work.Delete(recursive: true);
    }
}
