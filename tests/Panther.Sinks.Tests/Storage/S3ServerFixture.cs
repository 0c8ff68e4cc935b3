using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Panther.Sinks.Storage;
using Panther.Tests.Shared;

namespace Panther.Sinks.Tests.Storage;

/// <summary>
/// Runs s3rver (<c>tools/s3rver</c>, pinned in its package.json) on 127.0.0.1 with a free port and a temporary
/// folder, for the tests of one class. Installs it with <c>npm ci</c> when <c>node_modules</c> is missing. When node
/// or npm is missing, <see cref="SkipReason"/> says so and the tests skip.
/// </summary>
public sealed class S3ServerFixture : IDisposable
{
    /// <summary>The credentials s3rver accepts.</summary>
    public const string AccessKey = "S3RVER";

    public const string Bucket = "panther-lake";

    private readonly string _dataDirectory =
        Path.Combine(Path.GetTempPath(), "panther-s3rver-" + Guid.NewGuid().ToString("N"));
    private Process? _server;

    public S3ServerFixture()
    {
        try
        {
            Start();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException
            or System.ComponentModel.Win32Exception or TimeoutException)
        {
            SkipReason = ex.Message;
            Dispose();
        }
    }

    public string? SkipReason { get; private set; }

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1:1");

    public S3LakeObjectStoreOptions CreateOptions(string prefix) => new()
    {
        Bucket = Bucket,
        Prefix = prefix,
        ServiceUrl = ServiceUrl,
        ForcePathStyle = true,
        DisableChunkedEncoding = true,
        Credentials = new BasicAWSCredentials(AccessKey, AccessKey),
        MaxErrorRetry = 1,
        Timeout = TimeSpan.FromSeconds(10),
    };

    public AmazonS3Client CreateClient() => new(new BasicAWSCredentials(AccessKey, AccessKey), new AmazonS3Config
    {
        ServiceURL = ServiceUrl.ToString(),
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    /// <summary>Skips the calling test when the server could not start, except under CI (<c>CI</c> set), where
    /// <c>.ci/run</c> installs it and a missing server is a failure.</summary>
    public void SkipIfUnavailable()
    {
        if (SkipReason is not null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            throw new InvalidOperationException($"The S3 test server is needed under CI: {SkipReason}");
        }

        Skip.If(SkipReason is not null, SkipReason);
    }

    public void Dispose()
    {
        if (_server is { } server)
        {
            try
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }

            server.Dispose();
            _server = null;
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private void Start()
    {
        var tool = Path.Combine(TestCorpus.RepositoryRoot, "tools", "s3rver");
        var script = Path.Combine(tool, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            Run("npm", ["ci", "--prefix", tool, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
        }

        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"s3rver is not installed in {tool} (npm ci did not install it)");
        }

        Directory.CreateDirectory(_dataDirectory);
        var port = FreePort();
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "-d", _dataDirectory, "-a", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture),
                "--silent",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _server = StartProcess(start);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        WaitUntilReady();
    }

    private void WaitUntilReady()
    {
        using var client = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                client.PutBucketAsync(new PutBucketRequest { BucketName = Bucket }).GetAwaiter().GetResult();
                return;
            }
            catch (Exception ex) when (ex is AmazonClientException or HttpRequestException)
            {
                if (_server!.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(15))
                {
                    throw new TimeoutException($"s3rver did not answer on {ServiceUrl}: {ex.Message}");
                }

                Thread.Sleep(100);
            }
        }
    }

    private static void Run(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartProcess(start);
        var output = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeout) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {output.Result}");
        }
    }

    private static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{start.FileName}' is not available ({ex.Message}); the S3 tests need node and npm", ex);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
