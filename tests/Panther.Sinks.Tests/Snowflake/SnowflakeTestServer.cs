using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Panther.Sinks.Snowflake;

namespace Panther.Sinks.Tests.Snowflake;

/// <summary>
/// A stand-in for Snowflake's SQL API on 127.0.0.1: it checks every request's key-pair JWT against the public key it
/// was given (signature, issuer with the key's fingerprint, subject, lifetime) and the token-type header, answers 401
/// when they are wrong, records the requests, and otherwise answers what the test's script returns.
/// </summary>
internal sealed class SnowflakeTestServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly RSA _publicKey;
    private readonly string _account;
    private readonly string _user;
    private readonly Func<SnowflakeRequest, (int Status, string Body)> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SnowflakeTestServer(RSA publicKey, string account, string user,
        Func<SnowflakeRequest, (int Status, string Body)> script)
    {
        _publicKey = publicKey;
        _account = account;
        _user = user;
        _script = script;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<SnowflakeRequest> Requests { get; } = new();

    public IEnumerable<string> Statements => Requests.Where(r => r.Statement is not null).Select(r => r.Statement!);

    /// <summary>A result with the given columns and rows, as the SQL API writes it.</summary>
    public static string Result(string[] columns, params string?[][] rows) => JsonSerializer.Serialize(new
    {
        resultSetMetaData = new
        {
            numRows = rows.Length,
            rowType = columns.Select(c => new { name = c, type = "text" }),
            partitionInfo = new[] { new { rowCount = rows.Length } },
        },
        data = rows,
        code = "090001",
        statementHandle = "01b0-handle",
        message = "Statement executed successfully.",
    });

    public static string Error(string code, string sqlState, string message) =>
        JsonSerializer.Serialize(new { code, sqlState, message, statementHandle = "01b0-failed" });

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex)
                when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var request = new SnowflakeRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery,
            body.Length == 0 ? null : JsonDocument.Parse(body.ToArray()).RootElement.Clone(),
            context.Request.Headers["Authorization"]);
        Requests.Enqueue(request);

        var (status, answer) = await CheckAsync(context.Request) is { } refusal ? (401, refusal) : _script(request);
        try
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            context.Response.Abort();
        }
    }

    /// <summary>Returns why the request's credentials are refused, or null when they are right.</summary>
    private async Task<string?> CheckAsync(HttpListenerRequest request)
    {
        if (request.Headers["X-Snowflake-Authorization-Token-Type"] != "KEYPAIR_JWT")
        {
            return Error("390101", "08001", "token type header missing");
        }

        var header = request.Headers["Authorization"] ?? "";
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Error("390101", "08001", "no bearer token");
        }

        var subject = $"{_account}.{_user}";
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(header["Bearer ".Length..],
            new TokenValidationParameters
            {
                ValidIssuer = $"{subject}.{SnowflakeJwt.GetPublicKeyFingerprint(_publicKey)}",
                ValidateAudience = false,
                IssuerSigningKey = new RsaSecurityKey(_publicKey),
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                RequireExpirationTime = true,
            });
        if (!result.IsValid)
        {
            return Error("390144", "08001", "JWT token is invalid: " + result.Exception?.Message);
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (token.Subject != subject || token.ValidTo - token.IssuedAt > TimeSpan.FromHours(1))
        {
            return Error("390144", "08001", "JWT subject or lifetime is wrong");
        }

        return null;
    }
}

/// <summary>One request the server received.</summary>
internal sealed record SnowflakeRequest(string Method, string PathAndQuery, JsonElement? Body, string? Authorization)
{
    public string? Statement => Body is { } body && body.TryGetProperty("statement", out var s) ? s.GetString() : null;

    public string? RequestId => Query("requestId");

    public string? Query(string name) => System.Web.HttpUtility.ParseQueryString(new Uri(
        new Uri("http://x"), PathAndQuery).Query)[name];
}
