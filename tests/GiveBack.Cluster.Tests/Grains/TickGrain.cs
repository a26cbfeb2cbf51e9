namespace GiveBack.Cluster.Tests.Grains;

/// <summary>Counts the ticks of one reminder, in memory: the test only needs to see it fire.</summary>
public sealed class TickGrain : Grain, ITickGrain, IRemindable
{
    public const string ReminderName = "tick";

    private int _ticks;

    public Task StartAsync(TimeSpan period) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime: period, period: period);

    public async Task StopAsync()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName)
        {
            _ticks++;
        }

        return Task.CompletedTask;
    }
}
