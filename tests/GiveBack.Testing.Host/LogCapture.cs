using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace GiveBack.Testing.Host;

/// <summary>
/// Keeps every log entry a host writes at <see cref="LogLevel.Information"/> or above, from every category and whatever
/// the host's own filters say, so a test can look for what must never reach an operator's logs.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    /// <summary>Adds the capture to a host being built, below every filter the host configures.</summary>
    public void AttachTo(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddProvider(this);
        // A rule naming the provider wins over every category rule of the host: this provider sees all of Information+.
        builder.Logging.AddFilter<LogCapture>(null, LogLevel.Information);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            // The structured values too: a sink that stores them (OpenTelemetry, JSON console) would show them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            capture._entries.Enqueue(new CapturedLog(logLevel, category, $"{formatter(state, exception)} {values} {exception}"));
        }
    }
}

/// <summary>One log entry: its level, category and everything it carried, as text.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Text);
