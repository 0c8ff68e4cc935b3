using Panther.Pipelines.Delivery;
using Panther.Pipelines.Sources;
using Panther.Sinks.Storage;

namespace Panther.Pipelines.Tests.Delivery;

public sealed class RunJournalTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-journal-");

    private string Lake => Path.Combine(_folder.FullName, "lake");

    private string State => Path.Combine(Lake, "state");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task The_files_of_a_run_that_never_committed_are_removed_and_its_inputs_stay_unread()
    {
        var store = new LocalLakeObjectStore(Lake);
        var input = await WriteInputAsync("a.jsonl");
        var quarantine = Path.Combine(Lake, "quarantine", "q.jsonl");
        using (var journal = RunJournal.Start(State))
        {
            var journaled = new JournaledLakeObjectStore(store, journal);
            await journaled.PutAsync("logs/t/year=2026/month=12/day=03/hour=10/a.parquet", new MemoryStream([1]));
            await journaled.PutAsync("alerts/year=2026/month=12/day=03/hour=10/b.parquet", new MemoryStream([2]));
            Directory.CreateDirectory(Path.GetDirectoryName(quarantine)!);
            journal.RecordFile(quarantine);
            await File.WriteAllTextAsync(quarantine, "{}\n");
        }

        var kept = "logs/t/year=2026/month=12/day=03/hour=10/kept.parquet";
        await store.PutAsync(kept, new MemoryStream([3]));
        var ledger = InputLedger.Open(Path.Combine(State, "inputs.jsonl"));

        var recovery = await RunJournal.RecoverAsync(State, store, ledger);

        Assert.Equal(new JournalRecovery(RunsUndone: 1, FilesRemoved: 3, RunsFinished: 0), recovery);
        Assert.Equal([store.GetPath(kept)], Directory.GetFiles(Path.Combine(Lake, "logs"), "*",
            SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(Lake, "alerts"), "*", SearchOption.AllDirectories));
        Assert.False(File.Exists(quarantine));
        Assert.Empty(Directory.GetFiles(Path.Combine(State, RunJournal.Folder)));
        Assert.False(ledger.Contains(input));
        Assert.Equal(default, await RunJournal.RecoverAsync(State, store, ledger));
    }

    [Fact]
    public async Task Objects_and_files_announced_but_never_written_are_no_obstacle_to_undoing_a_run()
    {
        var store = new LocalLakeObjectStore(Lake);
        using (var journal = RunJournal.Start(State))
        {
            journal.RecordKey("logs/t/year=2026/month=12/day=03/hour=10/never.parquet");
            journal.RecordFile(Path.Combine(Lake, "quarantine", "never.jsonl"));
        }

        var recovery = await RunJournal.RecoverAsync(State, store, InputLedger.Open(Path.Combine(State, "x")));

        Assert.Equal(new JournalRecovery(RunsUndone: 1, FilesRemoved: 1, RunsFinished: 0), recovery);
        Assert.Empty(Directory.GetFiles(Path.Combine(State, RunJournal.Folder)));
    }

    [Fact]
    public async Task A_committed_run_keeps_its_files_and_its_inputs_are_in_the_ledger_from_then_on()
    {
        var store = new LocalLakeObjectStore(Lake);
        var (read, unread) = (await WriteInputAsync("read.jsonl"), await WriteInputAsync("unread.jsonl"));
        var ledgerPath = Path.Combine(State, "inputs.jsonl");
        var key = "logs/t/year=2026/month=12/day=03/hour=10/a.parquet";
        using (var journal = RunJournal.Start(State))
        {
            await new JournaledLakeObjectStore(store, journal).PutAsync(key, new MemoryStream([1]));
            journal.Commit([new InputLedgerEntry(read.Identity!)], InputLedger.Open(ledgerPath));
            Assert.False(File.Exists(journal.FilePath));
        }

        var ledger = InputLedger.Open(ledgerPath);

        Assert.True(File.Exists(store.GetPath(key)));
        Assert.True(ledger.Contains(read));
        Assert.False(ledger.Contains(unread));
        Assert.False(ledger.Contains(FileInput.ForStandardInput(() => new MemoryStream())));
        Assert.Equal(default, await RunJournal.RecoverAsync(State, store, ledger));
    }

    [Fact]
    public async Task A_run_that_crashed_after_its_commit_line_is_finished_not_undone()
    {
        var store = new LocalLakeObjectStore(Lake);
        var input = await WriteInputAsync("a.jsonl");
        var key = "logs/t/year=2026/month=12/day=03/hour=10/a.parquet";
        await store.PutAsync(key, new MemoryStream([1]));
        var folder = Directory.CreateDirectory(Path.Combine(State, RunJournal.Folder)).FullName;
        var identity = System.Text.Json.JsonSerializer.Serialize(input.Identity);
        await File.WriteAllTextAsync(Path.Combine(folder, "crashed.jsonl"),
            $"{{\"key\":\"{key}\"}}\n{{\"commit\":[{{\"input\":{identity}}}]}}\n{{\"ke");
        var ledger = InputLedger.Open(Path.Combine(State, "inputs.jsonl"));

        var recovery = await RunJournal.RecoverAsync(State, store, ledger);

        Assert.Equal(new JournalRecovery(RunsUndone: 0, FilesRemoved: 0, RunsFinished: 1), recovery);
        Assert.True(File.Exists(store.GetPath(key)));
        Assert.True(InputLedger.Open(Path.Combine(State, "inputs.jsonl")).Contains(input));
    }

    [Fact]
    public async Task A_file_that_changed_since_it_was_read_is_not_in_the_ledger()
    {
        var path = Path.Combine(_folder.FullName, "growing.jsonl");
        await File.WriteAllTextAsync(path, "{}\n");
        var ledgerPath = Path.Combine(State, "inputs.jsonl");
        using (var journal = RunJournal.Start(State))
        {
            journal.Commit([new InputLedgerEntry(FileInput.ForFile(path).Identity!)], InputLedger.Open(ledgerPath));
        }

        await File.AppendAllTextAsync(path, "{}\n");

        Assert.False(InputLedger.Open(ledgerPath).Contains(FileInput.ForFile(path)));
    }

    [Fact]
    public async Task An_input_read_in_part_is_picked_up_where_it_stopped_until_it_is_read_to_its_end()
    {
        var input = await WriteInputAsync("cut.jsonl");
        var ledgerPath = Path.Combine(State, "inputs.jsonl");
        using (var journal = RunJournal.Start(State))
        {
            journal.Commit([new InputLedgerEntry(input.Identity!, 120)], InputLedger.Open(ledgerPath));
        }

        var afterCut = InputLedger.Open(ledgerPath);
        Assert.False(afterCut.Contains(input));
        Assert.Equal(120, afterCut.GetResumeAt(input));
        using (var journal = RunJournal.Start(State))
        {
            journal.Commit([new InputLedgerEntry(input.Identity!, 60)], afterCut);
        }

        Assert.Equal(120, InputLedger.Open(ledgerPath).GetResumeAt(input));
        using (var journal = RunJournal.Start(State))
        {
            journal.Commit([new InputLedgerEntry(input.Identity!)], afterCut);
        }

        var afterWhole = InputLedger.Open(ledgerPath);
        Assert.True(afterWhole.Contains(input));
        Assert.Equal(0, afterWhole.GetResumeAt(input));
    }

    [Fact]
    public async Task An_entry_after_a_torn_last_line_starts_a_line_of_its_own()
    {
        var (first, second) = (await WriteInputAsync("first.jsonl"), await WriteInputAsync("second.jsonl"));
        var ledgerPath = Path.Combine(State, "inputs.jsonl");
        Directory.CreateDirectory(State);
        var whole = System.Text.Json.JsonSerializer.Serialize(new { input = first.Identity });
        await File.WriteAllTextAsync(ledgerPath, whole[..^2]);
        using (var journal = RunJournal.Start(State))
        {
            journal.Commit([new InputLedgerEntry(second.Identity!)], InputLedger.Open(ledgerPath));
        }

        var ledger = InputLedger.Open(ledgerPath);

        Assert.True(ledger.Contains(second));
        Assert.False(ledger.Contains(first));
    }

    [Fact]
    public async Task A_planted_journal_deletes_nothing_outside_the_lake_and_its_quarantine()
    {
        var victim = Path.Combine(_folder.FullName, "victim.txt");
        await File.WriteAllTextAsync(victim, "keep");
        var inLake = Path.Combine(Lake, "state", "alerts.json");
        Directory.CreateDirectory(Path.GetDirectoryName(inLake)!);
        await File.WriteAllTextAsync(inLake, "[]");
        var folder = Directory.CreateDirectory(Path.Combine(State, RunJournal.Folder)).FullName;
        await File.WriteAllLinesAsync(Path.Combine(folder, "planted.jsonl"),
        [
            System.Text.Json.JsonSerializer.Serialize(new { file = victim }),
            System.Text.Json.JsonSerializer.Serialize(new { file = "../victim.txt" }),
            System.Text.Json.JsonSerializer.Serialize(new { file = "state/alerts.json" }),
            System.Text.Json.JsonSerializer.Serialize(new { file = "quarantine/../state/alerts.json" }),
            System.Text.Json.JsonSerializer.Serialize(new { key = "../victim.txt" }),
            System.Text.Json.JsonSerializer.Serialize(new { key = "" }),
        ]);

        var recovery = await RunJournal.RecoverAsync(State, new LocalLakeObjectStore(Lake),
            InputLedger.Open(Path.Combine(State, "inputs.jsonl")));

        Assert.Equal(new JournalRecovery(RunsUndone: 1, FilesRemoved: 0, RunsFinished: 0), recovery);
        Assert.True(File.Exists(victim));
        Assert.True(File.Exists(inLake));
    }

    [Fact]
    public void A_second_run_cannot_take_the_lock_of_a_lake_until_the_first_lets_go()
    {
        using (RunLock.Acquire(State))
        {
            var refused = Assert.Throws<IOException>(() => RunLock.Acquire(State));
            Assert.Contains("another run is writing to this lake", refused.Message, StringComparison.Ordinal);
        }

        using var again = RunLock.Acquire(State);
    }

    private async Task<FileInput> WriteInputAsync(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, "{\"eventName\":\"" + name + "\"}\n");
        return FileInput.ForFile(path);
    }
}
