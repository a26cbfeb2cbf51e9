using System.Diagnostics;
using System.Globalization;
using GiveBack.LoadHarness.Api;

namespace GiveBack.FaultHarness.Cluster;

/// <summary>
/// One GiveBack server as its own process: the already-built Release server run with <c>dotnet</c>, configured the way
/// docs/benchmarks.md starts the load server (GIVEBACK_DB, GIVEBACK_ADMIN_API_KEY, GIVEBACK_HTTP_PORT and the cluster
/// ports as arguments). A process, not an in-process host, so that it can be killed with SIGKILL.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly ClusterSettings _settings;
    private Process? _process;

    public ServerProcess(int number, HostPorts ports, ClusterSettings settings)
    {
        Number = number;
        Ports = ports;
        _settings = settings;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ports.Http}"));
        Client = new GiveBackClient(BaseUrl, settings.AdminKey, connections: 32);
        LogFile = Path.Combine(settings.LogDirectory, $"host{number}.log");
    }

    public int Number { get; }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"host{Number}");

    public HostPorts Ports { get; }

    public Uri BaseUrl { get; }

    public GiveBackClient Client { get; }

    public string LogFile { get; }

    /// <summary>How Orleans names this host's silo endpoint ("127.0.0.1:port").</summary>
    public string SiloEndpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Ports.Silo}");

    public bool Running => _process is { HasExited: false };

    public int? ProcessId => _process?.Id;

    public void Start()
    {
        if (Running)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var start = new ProcessStartInfo("bash") { WorkingDirectory = _settings.Repository, UseShellExecute = false };
        // exec: the server takes bash's process id, so a kill reaches the server itself; its output goes to the log.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("""exec dotnet "$@" >>"$GIVEBACK_FAULT_LOG" 2>&1""");
        start.ArgumentList.Add("giveback-server");
        start.ArgumentList.Add(_settings.ServerDll);
        foreach (var arg in Arguments())
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIVEBACK_FAULT_LOG"] = LogFile;
        start.Environment["GIVEBACK_DB"] = _settings.ConnectionString;
        start.Environment["GIVEBACK_ADMIN_API_KEY"] = _settings.AdminKey;
        start.Environment["GIVEBACK_HTTP_PORT"] = Ports.Http.ToString(CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
    }

    /// <summary>SIGKILL: no shutdown, no deactivation, no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} is not running.");
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as an orchestrator stops a server: the host drains and the silo leaves the cluster.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} is not running.");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"{Name} did not stop within {timeout.TotalSeconds:F0} s of SIGTERM.");
        }
    }

    /// <summary>Polls /health/ready until it answers 200.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"{Name} exited ({_process.ExitCode}); see {LogFile}.");
            }

            if (await ReadinessAsync(deadline.Token) == 200)
            {
                return;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:F0} s; see {LogFile}.");
            }
        }
    }

    /// <summary>The status /health/ready answers now; 0 when nothing answers.</summary>
    public async Task<int> ReadinessAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Client.IsReadyAsync(cancellationToken) ? 200 : 503;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        if (Running)
        {
            _process!.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        Client.Dispose();
    }

    private IEnumerable<string> Arguments()
    {
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"--Cluster:SiloPort={Ports.Silo}");
        yield return string.Create(inv, $"--Cluster:GatewayPort={Ports.Gateway}");
        yield return $"--Cluster:ClusterId={_settings.ClusterId}";
        yield return $"--Cluster:ServiceId={_settings.ClusterId}";
        yield return $"--GivingPage:PublicBaseUrl={BaseUrl}";
        yield return "--Logging:LogLevel:Default=Warning";
        foreach (var extra in _settings.ExtraArguments)
        {
            yield return extra;
        }
    }
}
