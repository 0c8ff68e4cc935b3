using System.Globalization;
using System.Net;
using Panther.Schemas;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Loads the lake's Parquet files into Snowflake tables: for each log type's table in the logs, rule matches and
/// rule errors databases, and for the alerts table, one <c>COPY INTO</c> from the external stage over the lake.
/// Snowflake remembers the files each table loaded, so a load run again, or retried after a failure, adds only the
/// files that are new: rows are never duplicated.
/// </summary>
/// <remarks>A table that fails to load (missing, or a file that does not convert) is reported and the other tables
/// still load; <c>ON_ERROR = ABORT_STATEMENT</c> keeps a failed table's load all-or-nothing. When Snowflake cannot be
/// reached, refuses the credentials, or still answers 429 or a server error after the retries, the remaining tables
/// are reported as not tried. Only result rows whose status is <c>LOADED</c> count as loaded files.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification =
    "The gate is a SemaphoreSlim whose wait handle is never read, so it holds nothing that needs disposing.")]
public sealed class SnowflakeLakeLoader
{
    private readonly SnowflakeSqlClient _client;
    private readonly SnowflakeDdlOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Initializes a new instance of the <see cref="SnowflakeLakeLoader"/> class.</summary>
    /// <param name="client">The SQL API client.</param>
    /// <param name="options">The database prefix, schema and stage.</param>
    public SnowflakeLakeLoader(SnowflakeSqlClient client, SnowflakeDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
    }

    /// <summary>Gets the names and stage the loader uses.</summary>
    public SnowflakeDdlOptions Options => _options;

    /// <summary>Gets or sets whether each table is created (<c>CREATE TABLE IF NOT EXISTS</c>) before it is
    /// loaded; off by default, when <c>panther ddl --target snowflake</c> made the tables.</summary>
    public bool CreateTables { get; set; }

    /// <summary>Loads the tables of the given log types, then the alerts table.</summary>
    /// <param name="schemas">The log types.</param>
    /// <param name="cancellationToken">Stops after the current statement.</param>
    /// <returns>What each table loaded, or why it failed.</returns>
    public Task<SnowflakeLoadResult> LoadAsync(IEnumerable<LogSchema> schemas,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var tables = schemas
            .SelectMany(schema => SnowflakeDdl.LogDatabases.Select(database =>
                new SnowflakeLoadTable(database, schema)))
            .Append(SnowflakeLoadTable.Alerts);
        return LoadAsync(tables, cancellationToken);
    }

    /// <summary>Loads the given tables, in order. Loads through one loader run one at a time, so that sinks of
    /// several workers sharing it never copy into the same table at once.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="cancellationToken">Stops after the current statement.</param>
    /// <returns>What each table loaded, or why it failed, in the order of <paramref name="tables"/>.</returns>
    public async Task<SnowflakeLoadResult> LoadAsync(IEnumerable<SnowflakeLoadTable> tables,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var work = tables.ToList();
        var loads = new List<SnowflakeTableLoad>(work.Count);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string? stop = null;
            foreach (var table in work)
            {
                if (stop is not null)
                {
                    loads.Add(new SnowflakeTableLoad(table.GetQualifiedName(_options), 0, 0, "not tried: " + stop));
                    continue;
                }

                var (load, fatal) = await LoadTableAsync(table, cancellationToken).ConfigureAwait(false);
                loads.Add(load);
                stop = fatal ? load.Error : null;
            }
        }
        finally
        {
            _gate.Release();
        }

        return new SnowflakeLoadResult(loads);
    }

    /// <summary>Loads one table. A failure that every table would meet (Snowflake unreachable, the credentials
    /// refused) is fatal: the tables after it are not tried, so an unreachable account fails fast.</summary>
    private async Task<(SnowflakeTableLoad Load, bool Fatal)> LoadTableAsync(SnowflakeLoadTable target,
        CancellationToken cancellationToken)
    {
        var name = target.GetQualifiedName(_options);
        var (database, table, columns) = (target.Database, target.TableName, target.GetColumns());
        var files = 0;
        var rows = 0L;
        try
        {
            if (CreateTables)
            {
                await _client.ExecuteAsync(SnowflakeDdl.CreateTable(database, table, columns, _options),
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            IEnumerable<string[]> batches = target.Files.Count == 0
                ? [[]]
                : target.Files.Chunk(SnowflakeDdl.MaxCopyFiles);
            foreach (var batch in batches)
            {
                var result = await _client.ExecuteAsync(SnowflakeDdl.Copy(database, table, columns, _options, batch),
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                var counted = 0;
                foreach (var row in result.Rows)
                {
                    if (result.Get(row, "file") is null
                        || !string.Equals(result.Get(row, "status"), "LOADED", StringComparison.OrdinalIgnoreCase)
                        || (batch.Length > 0 && counted == batch.Length))
                    {
                        continue;
                    }

                    counted++;
                    rows += long.TryParse(result.Get(row, "rows_loaded"), NumberStyles.Integer,
                        CultureInfo.InvariantCulture, out var loaded) ? loaded : 0;
                }

                files += counted;
            }

            return (new SnowflakeTableLoad(name, files, rows, null), false);
        }
        catch (SnowflakeException ex)
        {
            var fatal = ex.StatusCode is null or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;
            return (new SnowflakeTableLoad(name, files, rows, ex.Message), fatal);
        }
    }
}

/// <summary>What loading one table did.</summary>
/// <param name="Table">The table's qualified name.</param>
/// <param name="Files">The files loaded by this run.</param>
/// <param name="Rows">The rows loaded by this run.</param>
/// <param name="Error">Why the table failed to load, or null. A table given more files than one statement takes is
/// loaded in several; the files and rows of those that ran before the failure are counted.</param>
public sealed record SnowflakeTableLoad(string Table, int Files, long Rows, string? Error);

/// <summary>What a load did, per table.</summary>
/// <param name="Tables">The tables, in load order.</param>
public sealed record SnowflakeLoadResult(IReadOnlyList<SnowflakeTableLoad> Tables)
{
    /// <summary>Gets the files loaded.</summary>
    public int Files => Tables.Sum(t => t.Files);

    /// <summary>Gets the rows loaded.</summary>
    public long Rows => Tables.Sum(t => t.Rows);

    /// <summary>Gets the tables that failed.</summary>
    public IReadOnlyList<SnowflakeTableLoad> Failures => [.. Tables.Where(t => t.Error is not null)];
}
