using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Panther.Sinks.Snowflake;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther load --target snowflake --account A --user U --private-key FILE ...</c>: loads the lake's Parquet files
/// from the Snowflake stage over the lake into the lake's Snowflake tables, one <c>COPY INTO</c> per table, through
/// the SQL API with key-pair authentication. Files loaded before are skipped by Snowflake, so a load can be run
/// again at any time.
/// </summary>
internal static class LoadCommand
{
    /// <summary>The environment variable that holds the passphrase of an encrypted private key.</summary>
    public const string PassphraseVariable = "PANTHER_SNOWFLAKE_PRIVATE_KEY_PASSPHRASE";

    public static Command Create(CliConsole console)
    {
        var target = new Option<string>("--target")
        {
            Description = "The warehouse to load: snowflake.",
            HelpName = "TARGET",
            Required = true,
        };
        target.AcceptOnlyFromAmong("snowflake");
        var account = new Option<string>("--account")
        {
            Description = "The Snowflake account identifier (myorg-myaccount, or a locator such as xy12345).",
            HelpName = "ACCOUNT",
            Required = true,
        };
        var user = new Option<string>("--user")
        {
            Description = "The Snowflake user whose public key is registered.",
            HelpName = "USER",
            Required = true,
        };
        var privateKey = new Option<FileInfo>("--private-key")
        {
            Description = "The user's RSA private key, PEM (PKCS#8 or PKCS#1); an encrypted key's passphrase is "
                + $"read from {PassphraseVariable}.",
            HelpName = "FILE",
            Required = true,
        };
        var role = new Option<string>("--role") { Description = "The role of the session.", HelpName = "ROLE" };
        var warehouse = new Option<string>("--warehouse")
        {
            Description = "The warehouse that runs the loads.",
            HelpName = "WAREHOUSE",
        };
        var prefix = new Option<string>("--database-prefix")
        {
            Description = "The prefix of the database names (panther gives PANTHER_LOGS, ...). Default panther.",
            HelpName = "PREFIX",
            DefaultValueFactory = _ => "panther",
        };
        var stage = new Option<string>("--stage")
        {
            Description = "The stage over the lake, in the logs database. Default PANTHER_LAKE.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "PANTHER_LAKE",
        };
        var createTables = new Option<bool>("--create-tables")
        {
            Description = "Create each table (CREATE TABLE IF NOT EXISTS) before loading it.",
        };
        var url = new Option<string>("--snowflake-url")
        {
            Description = "The account's URL, when it is not https://ACCOUNT.snowflakecomputing.com.",
            HelpName = "URL",
        };
        var logTypes = new Option<string[]>("--log-type")
        {
            Description = "Only this log type (repeatable). Default: every registered log type.",
            HelpName = "TYPE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var schemas = SchemaOption.Create();
        var command = new Command("load", "Load the lake's files into a warehouse's tables.")
        {
            target,
            account,
            user,
            privateKey,
            role,
            warehouse,
            prefix,
            stage,
            createTables,
            url,
            logTypes,
            schemas,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var registry = await SchemaOption.CreateRegistryAsync(result.GetValue(schemas) ?? [], console.Error)
                .ConfigureAwait(false);
            var selected = registry is null
                ? null
                : await DdlCommand.SelectAsync(registry, result.GetValue(logTypes) ?? [], console.Error)
                    .ConfigureAwait(false);
            if (selected is null)
            {
                return ExitCodes.Usage;
            }

            using var key = RSA.Create();
            SnowflakeDdlOptions ddl;
            SnowflakeConnectionOptions connection;
            try
            {
                ReadKey(key, result.GetValue(privateKey)!);
                ddl = new SnowflakeDdlOptions
                {
                    DatabasePrefix = result.GetValue(prefix) ?? "",
                    Stage = result.GetValue(stage) ?? "",
                };
                connection = new SnowflakeConnectionOptions
                {
                    Account = result.GetValue(account)!,
                    User = result.GetValue(user)!,
                    PrivateKey = key,
                    Role = result.GetValue(role),
                    Warehouse = result.GetValue(warehouse),
                    AccountUrl = AccountUrl(result.GetValue(url)),
                };
                connection.Validate();
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or CryptographicException
                or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var loader = new SnowflakeLakeLoader(new SnowflakeSqlClient(http, connection), ddl)
            {
                CreateTables = result.GetValue(createTables),
            };
            var load = await loader.LoadAsync(selected, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(console, load).ConfigureAwait(false);
        });
        return command;
    }

    private static Uri? AccountUrl(string? text) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url
        : throw new ArgumentException($"--snowflake-url '{text}' is not an http:// or https:// URL.");

    private static void ReadKey(RSA key, FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new ArgumentException($"--private-key {file.FullName} is a folder, not a key file.");
        }

        var pem = File.ReadAllText(file.FullName);
        if (pem.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
        {
            var passphrase = Environment.GetEnvironmentVariable(PassphraseVariable)
                ?? throw new ArgumentException(
                    $"The private key in {file.FullName} is encrypted; set {PassphraseVariable} to its passphrase.");
            try
            {
                key.ImportFromEncryptedPem(pem, passphrase);
            }
            catch (Exception ex) when (ex is ArgumentException or CryptographicException)
            {
                throw new ArgumentException(
                    $"{file.FullName} cannot be opened with {PassphraseVariable}: {ex.Message}", ex);
            }

            return;
        }

        try
        {
            key.ImportFromPem(pem);
            key.ExportParameters(includePrivateParameters: true);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw new ArgumentException($"{file.FullName} holds no RSA private key in PEM form "
                + $"(PKCS#8, 'BEGIN PRIVATE KEY'): {ex.Message}", ex);
        }
    }

    private static async Task<int> ReportAsync(CliConsole console, SnowflakeLoadResult load)
    {
        foreach (var table in load.Tables.Where(t => t.Files > 0 || t.Error is not null))
        {
            var line = table.Error is null
                ? string.Create(CultureInfo.InvariantCulture, $"{table.Table}: {table.Files} files, {table.Rows} rows")
                : $"{table.Table}: failed: {table.Error}";
            await console.Error.WriteLineAsync(line).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"snowflake: {load.Files} files, {load.Rows} rows loaded into {load.Tables.Count(t => t.Files > 0)} "
            + $"tables; {load.Failures.Count} of {load.Tables.Count} tables failed")).ConfigureAwait(false);
        return load.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.Quarantined;
    }
}
