using ScottPlot;

namespace GiveBack.LoadHarness.Plotting;

/// <summary>
/// Draws a run's throughput (requests completed per second, left axis) and p99 latency per second (ms, right axis)
/// over its seconds, with each phase's start marked, into a PNG.
/// </summary>
internal static class ThroughputPlot
{
    public static void Write(string path, string title, SecondSeries series, IReadOnlyList<(string Name, double StartSecond)> phases)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("seconds since the first phase started");

        var throughput = plot.Add.Scatter(series.Seconds, series.PerSecond);
        throughput.LegendText = "completed per second";
        throughput.MarkerSize = 0;
        plot.Axes.Left.Label.Text = "completed per second";

        var p99 = plot.Add.Scatter(series.Seconds, series.P99);
        p99.LegendText = "p99 latency (ms)";
        p99.MarkerSize = 0;
        p99.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "p99 latency (ms)";

        foreach (var (name, start) in phases)
        {
            var line = plot.Add.VerticalLine(start);
            line.Text = name;
            line.LinePattern = LinePattern.Dashed;
        }

        plot.ShowLegend(Alignment.UpperLeft);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        plot.SavePng(path, 1400, 700);
    }
}
