using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Runs statements through Snowflake's SQL API (<c>/api/v2/statements</c>) with key-pair (JWT) authentication. Each
/// statement gets a request id; a request that fails for a transient reason is sent again with the same id and
/// <c>retry=true</c>, so Snowflake runs the statement at most once. Statements that run long are polled until they
/// end; results of several partitions are read whole.
/// </summary>
/// <remarks>Values are sent as bindings (<c>?</c> in the statement), never as SQL text. Thread-safe.</remarks>
public sealed class SnowflakeSqlClient
{
    private const string StatementsPath = "api/v2/statements";

    /// <summary>The most result partitions read for one statement; a load's result is one or two.</summary>
    private const int MaxPartitions = 1000;

    private readonly HttpClient _http;
    private readonly SnowflakeConnectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly Lock _tokenLock = new();
    private (string Token, DateTimeOffset Issued)? _token;

    /// <summary>Initializes a new instance of the <see cref="SnowflakeSqlClient"/> class.</summary>
    /// <param name="http">The HTTP client; the caller keeps ownership.</param>
    /// <param name="options">The account, user, key, role and warehouse.</param>
    /// <param name="timeProvider">The clock of tokens and waits; the system clock when null.</param>
    /// <exception cref="ArgumentException">The options are not complete.</exception>
    public SnowflakeSqlClient(HttpClient http, SnowflakeConnectionOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryDelay)),
            })
            .Build();
    }

    /// <summary>Runs one statement and reads its result.</summary>
    /// <param name="statement">The statement; <c>?</c> marks each binding.</param>
    /// <param name="bindings">The values of the bindings, in order: text, integers, doubles, booleans or null.
    /// </param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The result.</returns>
    /// <exception cref="SnowflakeException">Snowflake refused the statement, it failed, or Snowflake could not be
    /// reached after the retries.</exception>
    public async Task<SnowflakeResult> ExecuteAsync(string statement, IReadOnlyList<object?>? bindings = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        var body = Body(statement, bindings ?? []);
        var requestId = Guid.NewGuid().ToString("D");
        var attempt = 0;
        var response = await SendAsync(() =>
        {
            var retry = attempt++ > 0 ? "&retry=true" : "";
            return new HttpRequestMessage(HttpMethod.Post, $"{StatementsPath}?requestId={requestId}{retry}")
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
            };
        }, cancellationToken).ConfigureAwait(false);
        using var document = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return await ResultAsync(document, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SnowflakeResult> ResultAsync(JsonDocument document, CancellationToken cancellationToken)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SnowflakeException($"Snowflake answered with a {root.ValueKind} where a result object belongs.");
        }

        var handle = Text(root, "statementHandle") ?? "";
        var columns = new List<string>();
        var partitions = 1;
        if (root.TryGetProperty("resultSetMetaData", out var metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            if (metadata.TryGetProperty("rowType", out var rowType) && rowType.ValueKind == JsonValueKind.Array)
            {
                columns.AddRange(rowType.EnumerateArray().Select(c => Text(c, "name") ?? ""));
            }

            if (metadata.TryGetProperty("partitionInfo", out var info) && info.ValueKind == JsonValueKind.Array)
            {
                partitions = Math.Max(1, info.GetArrayLength());
            }

            if (partitions > MaxPartitions)
            {
                throw new SnowflakeException(
                    $"Snowflake announced {partitions} result partitions; more than {MaxPartitions} are not read.");
            }
        }

        var rows = new List<IReadOnlyList<string?>>();
        AddRows(root, rows);
        for (var partition = 1; partition < partitions; partition++)
        {
            var path = $"{StatementsPath}/{Uri.EscapeDataString(handle)}?partition="
                + partition.ToString(CultureInfo.InvariantCulture);
            var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken)
                .ConfigureAwait(false);
            using var page = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
            AddRows(page.RootElement, rows);
        }

        return new SnowflakeResult(handle, columns, rows);
    }

    /// <summary>Reads a final response: polls while Snowflake answers 202, and turns errors into exceptions. Takes
    /// ownership of the response.</summary>
    private async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var document = await ParseAsync(response, cancellationToken).ConfigureAwait(false);
            var deadline = _time.GetUtcNow() + _options.StatementTimeout + _options.StatementTimeout;
            while (response.StatusCode == HttpStatusCode.Accepted)
            {
                if (_time.GetUtcNow() > deadline)
                {
                    document.Dispose();
                    throw new SnowflakeException("Snowflake was still running the statement after twice its timeout "
                        + $"of {_options.StatementTimeout}.");
                }

                var handle = Text(document.RootElement, "statementHandle");
                document.Dispose();
                if (handle is null)
                {
                    throw new SnowflakeException("Snowflake answered 202 without a statement handle.");
                }

                await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
                var path = $"{StatementsPath}/{Uri.EscapeDataString(handle)}";
                response.Dispose();
                response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken)
                    .ConfigureAwait(false);
                document = await ParseAsync(response, cancellationToken).ConfigureAwait(false);
            }

            if (response.IsSuccessStatusCode)
            {
                return document;
            }

            using (document)
            {
                var root = document.RootElement;
                var message = Text(root, "message") ?? response.ReasonPhrase ?? "no message";
                throw new SnowflakeException($"Snowflake answered {(int)response.StatusCode}: {message}")
                {
                    StatusCode = response.StatusCode,
                    Code = Text(root, "code"),
                    SqlState = Text(root, "sqlState"),
                    StatementHandle = Text(root, "statementHandle"),
                };
            }
        }
        finally
        {
            response.Dispose();
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                using var request = create();
                request.RequestUri = new Uri(_options.GetAccountUrl(), request.RequestUri!.OriginalString);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
                request.Headers.Add("X-Snowflake-Authorization-Token-Type", "KEYPAIR_JWT");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Panther.NET", "1.0"));
                return await _http.SendAsync(request, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new SnowflakeException($"Snowflake could not be reached: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SnowflakeException("Snowflake did not answer in time.", ex);
        }
    }

    /// <summary>Reads the wait a 429 or 503 asks for in <c>Retry-After</c>, no longer than
    /// <paramref name="longest"/>; null without the header, so that the exponential back-off applies.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan longest)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        return wait is { } asked ? TimeSpan.FromTicks(Math.Clamp(asked.Ticks, 0, longest.Ticks)) : null;
    }

    private string Token()
    {
        var now = _time.GetUtcNow();
        lock (_tokenLock)
        {
            if (_token is not { } current || now - current.Issued > SnowflakeJwt.Lifetime / 2)
            {
                _token = current = (SnowflakeJwt.CreateToken(_options, now), now);
            }

            return current.Token;
        }
    }

    private byte[] Body(string statement, IReadOnlyList<object?> bindings)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WriteNumber("timeout", (long)Math.Ceiling(_options.StatementTimeout.TotalSeconds));
            if (_options.Warehouse is not null)
            {
                writer.WriteString("warehouse", _options.Warehouse);
            }

            if (_options.Role is not null)
            {
                writer.WriteString("role", _options.Role);
            }

            if (bindings.Count > 0)
            {
                writer.WriteStartObject("bindings");
                for (var i = 0; i < bindings.Count; i++)
                {
                    writer.WriteStartObject((i + 1).ToString(CultureInfo.InvariantCulture));
                    var (type, value) = Binding(bindings[i]);
                    writer.WriteString("type", type);
                    writer.WriteString("value", value);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static (string Type, string? Value) Binding(object? value) => value switch
    {
        null => ("TEXT", null),
        string text => ("TEXT", text),
        bool flag => ("BOOLEAN", flag ? "true" : "false"),
        int or long or short or byte or uint or ulong =>
            ("FIXED", Convert.ToString(value, CultureInfo.InvariantCulture)),
        float or double or decimal => ("REAL", Convert.ToString(value, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"A binding of type {value.GetType().Name} is not supported."),
    };

    private static async Task<JsonDocument> ParseAsync(HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
        }
        catch (JsonException ex)
        {
            var start = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 200));
            throw new SnowflakeException(
                $"Snowflake answered {(int)response.StatusCode} with a body that is not JSON: {start}", ex)
            {
                StatusCode = response.StatusCode,
            };
        }
    }

    private static void AddRows(JsonElement root, List<IReadOnlyList<string?>> rows)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var row in data.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw new SnowflakeException(
                    $"Snowflake answered a result row that is a {row.ValueKind}, not an array.");
            }

            rows.Add([.. row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ToString())]);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
