using System.IO.Compression;
using Panther.Parsing;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Sinks.Ddl;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;
using Panther.Sinks.Writing.Columns;
using Panther.Tests.Shared;
using Parquet;

namespace Panther.Sinks.Tests.Ddl;

public class AthenaDdlTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
    private static readonly AthenaDdlOptions Options = new("s3://my-lake/prod/panther");

    public static TheoryData<string> BuiltInLogTypeNames() => [.. BuiltInLogTypes.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(BuiltInLogTypeNames))]
    public void Every_table_of_a_built_in_log_type_has_the_columns_the_writer_writes(string logType)
    {
        var schema = BuiltInLogTypes.All.Single(s => s.Name == logType);
        foreach (var (database, rules) in new (LakeDatabase, RuleColumns?)[]
        {
            (LakeDatabase.Logs, null),
            (LakeDatabase.RuleMatches, new RuleColumns(hasError: false)),
            (LakeDatabase.RuleErrors, new RuleColumns(hasError: true)),
        })
        {
            using var table = new TableColumns(schema, rules);

            Assert.Equal(ParquetGlueTypes.Columns(table.Schema), Pairs(AthenaDdl.GetColumns(schema, database)));
        }
    }

    [Fact]
    public void The_alerts_table_has_the_columns_the_writer_writes() =>
        Assert.Equal(ParquetGlueTypes.Columns(new AlertColumns().Schema), Pairs(AthenaDdl.AlertColumns));

    [Fact]
    public async Task The_cloudtrail_table_has_the_columns_of_a_cloudtrail_file_read_back()
    {
        var path = Directory.GetFiles(TestCorpus.SamplesPath("logs", "cloudtrail"), "*_CloudTrail_*.json.gz").Single();
        await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var records = new MemoryStream();
        await gzip.CopyToAsync(records);
        var input = records.ToArray();
        var columns = await WriteAndReadSchemaAsync(input, BuiltInLogTypes.CreateRegistry(), "aws_cloudtrail");

        var schema = BuiltInLogTypes.All.Single(s => s.Name == "AWS.CloudTrail");
        Assert.Equal(columns, Pairs(AthenaDdl.GetColumns(schema, LakeDatabase.Logs)));
    }

    [Fact]
    public async Task Every_field_type_maps_to_the_glue_type_of_its_parquet_column()
    {
        var columns = await WriteAndReadSchemaAsync(
            System.Text.Encoding.UTF8.GetBytes(NestedLogType.Events), NestedLogType.CreateRegistry(),
            NestedLogType.Table);

        var ddl = AthenaDdl.GetColumns(NestedLogType.Schema, LakeDatabase.Logs).ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal(columns, Pairs(AthenaDdl.GetColumns(NestedLogType.Schema, LakeDatabase.Logs)));
        Assert.Equal("smallint", ddl["small"]);
        Assert.Equal("int", ddl["port"]);
        Assert.Equal("bigint", ddl["count"]);
        Assert.Equal("bigint", ddl["flow"]);
        Assert.Equal("float", ddl["score"]);
        Assert.Equal("double", ddl["ratio"]);
        Assert.Equal("timestamp", ddl["time"]);
        Assert.Equal("string", ddl["raw"]);
        Assert.Equal("struct<name:string,id:int,session:struct<mfa:boolean,created:timestamp>>", ddl["user"]);
        Assert.Equal("array<struct<id:bigint,label:string>>", ddl["items"]);
        Assert.Equal("array<array<bigint>>", ddl["matrix"]);
        Assert.Equal("map<string,bigint>", ddl["counters"]);
    }

    [Fact]
    public void The_cloudtrail_user_identity_is_a_nested_struct()
    {
        var schema = BuiltInLogTypes.All.Single(s => s.Name == "AWS.CloudTrail");
        var statement = AthenaDdl.CreateTable(schema, LakeDatabase.Logs, Options);

        Assert.Contains("\n  `userIdentity` struct<type:string,principalId:string,arn:string,accountId:string,"
            + "accessKeyId:string,userName:string,invokedBy:string,credentialId:string,identityProvider:string,"
            + "sessionContext:struct<attributes:struct<creationDate:timestamp,mfaAuthenticated:boolean>,"
            + "sessionIssuer:struct<type:string,principalId:string,arn:string,accountId:string,userName:string>,"
            + "webIdFederationData:string,sourceIdentity:string,ec2RoleDelivery:string,assumedRoot:string>,"
            + "onBehalfOf:struct<userId:string,identityStoreArn:string>,inScopeOf:string>,\n", statement,
            StringComparison.Ordinal);
        Assert.StartsWith("CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`aws_cloudtrail` (\n", statement,
            StringComparison.Ordinal);
        Assert.Contains("\n  `p_parse_errors` array<struct<path:string,reason:string>>,\n", statement,
            StringComparison.Ordinal);
        Assert.Contains("\n  `p_any_ip_addresses` array<string>,\n", statement, StringComparison.Ordinal);
        DdlShape.AssertWellFormed(statement);
    }

    [Fact]
    public void A_table_finds_its_partitions_by_projection_over_its_own_folder()
    {
        var schema = BuiltInLogTypes.All.Single(s => s.Name == "AWS.CloudTrail");
        var options = new AthenaDdlOptions("s3://my-lake/prod/panther/") { FirstYear = 2025, LastYear = 2030 };

        var statement = AthenaDdl.CreateTable(schema, LakeDatabase.RuleErrors, options);

        var tail = statement[statement.IndexOf("\n)\nPARTITIONED BY", StringComparison.Ordinal)..];
        Assert.Equal("""

            )
            PARTITIONED BY (`year` int, `month` int, `day` int, `hour` int)
            STORED AS PARQUET
            LOCATION 's3://my-lake/prod/panther/rule_errors/aws_cloudtrail/'
            TBLPROPERTIES (
              'projection.enabled'='true',
              'projection.year.type'='integer',
              'projection.year.range'='2025,2030',
              'projection.year.digits'='4',
              'projection.month.type'='integer',
              'projection.month.range'='1,12',
              'projection.month.digits'='2',
              'projection.day.type'='integer',
              'projection.day.range'='1,31',
              'projection.day.digits'='2',
              'projection.hour.type'='integer',
              'projection.hour.range'='0,23',
              'projection.hour.digits'='2',
              'storage.location.template'='s3://my-lake/prod/panther/rule_errors/aws_cloudtrail/TEMPLATE'
            )
            """.ReplaceLineEndings("\n"),
            tail.Replace("year=${year}/month=${month}/day=${day}/hour=${hour}/", "TEMPLATE", StringComparison.Ordinal));
        Assert.Contains("`p_rule_error` string\n)", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alerts_table_is_in_its_own_database_and_folder()
    {
        var statement = AthenaDdl.CreateAlertsTable(Options);

        Assert.StartsWith("CREATE EXTERNAL TABLE IF NOT EXISTS `panther_alerts`.`alerts` (\n  `alert_id` string,",
            statement, StringComparison.Ordinal);
        Assert.Contains("\n  `reports` map<string,array<string>>,\n", statement, StringComparison.Ordinal);
        Assert.Contains("\nLOCATION 's3://my-lake/prod/panther/alerts/alerts/'\n", statement, StringComparison.Ordinal);
        DdlShape.AssertWellFormed(statement);
    }

    [Theory]
    [InlineData("s3://b'; DROP")]
    [InlineData("s3://bucket/pre fix")]
    [InlineData("s3://bucket/it's")]
    [InlineData("s3://bucket/a`b")]
    [InlineData("s3://bucket/${year}")]
    [InlineData("s3://bucket/../other")]
    [InlineData("s3://Bucket")]
    [InlineData("s3://bucket\n/x")]
    [InlineData("https://bucket/x")]
    [InlineData("bucket/x")]
    [InlineData("s3://")]
    public void A_location_that_could_break_out_of_its_literal_is_rejected(string location) =>
        Assert.Throws<ArgumentException>(() => new AthenaDdlOptions(location));

    [Theory]
    [InlineData("panther'")]
    [InlineData("panther`; DROP DATABASE x; --")]
    [InlineData("Panther")]
    [InlineData("a b")]
    public void A_database_prefix_other_than_lower_case_letters_digits_and_underscores_is_rejected(string prefix) =>
        Assert.Throws<ArgumentException>(() => new AthenaDdlOptions("s3://bucket") { DatabasePrefix = prefix });

    [Theory]
    [InlineData("aws_cloudtrail'")]
    [InlineData("x`.`y")]
    [InlineData("AWS.CloudTrail")]
    public void Table_and_database_names_with_quotes_or_dots_are_rejected(string name)
    {
        Assert.Throws<ArgumentException>(() => AthenaDdl.GetTableLocation(LakeDatabase.Logs, name, Options));
        Assert.Throws<ArgumentException>(() => AthenaDdl.CreateDatabase(name));
    }

    [Theory]
    [InlineData("a`b", "a_grave_accent_b")]
    [InlineData("a:b", "a_b")]
    [InlineData("a,b", "a_b")]
    [InlineData("a<b", "a_less_than_sign_b")]
    [InlineData("a\nb", "a_b")]
    [InlineData("a.b c", "a_b_c")]
    [InlineData("été", "_t_")]
    public void Field_names_become_glue_safe_column_names_at_the_top_and_inside_a_struct(string name, string column)
    {
        var top = new LogSchema("Test.Names") { Fields = [Field.String(name)] };
        var nested = new LogSchema("Test.Names") { Fields = [Field.Object("outer", Field.String(name))] };

        Assert.Equal(new AthenaColumn(column, "string"), AthenaDdl.GetColumns(top, LakeDatabase.Logs)[0]);
        Assert.Equal(new AthenaColumn("outer", $"struct<{column}:string>"),
            AthenaDdl.GetColumns(nested, LakeDatabase.Logs)[0]);
    }

    [Fact]
    public void Names_with_symbols_are_spelled_out_and_dashes_quoted()
    {
        var schema = new LogSchema("Test.Names")
        {
            Fields = [Field.String("@timestamp"), Field.Object("http", Field.String("user-agent"), Field.Int32("x"))],
        };

        var columns = AthenaDdl.GetColumns(schema, LakeDatabase.Logs);

        Assert.Equal(new AthenaColumn("_at_sign_timestamp", "string"), columns[0]);
        Assert.Equal(new AthenaColumn("http", "struct<`user-agent`:string,x:int>"), columns[1]);
        var statement = AthenaDdl.CreateTable(schema, LakeDatabase.Logs, Options);
        Assert.Contains("\n  `_at_sign_timestamp` string,\n", statement, StringComparison.Ordinal);
        DdlShape.AssertWellFormed(statement);
    }

    [Fact]
    public void Names_that_become_the_same_column_are_rejected()
    {
        var schema = new LogSchema("Test.Names") { Fields = [Field.String("a.b"), Field.String("a_b")] };

        Assert.Throws<ArgumentException>(() => AthenaDdl.GetColumns(schema, LakeDatabase.Logs));
    }

    [Fact]
    public void Names_that_differ_only_in_case_or_match_a_partition_column_are_rejected()
    {
        var top = new LogSchema("Test.Case") { Fields = [Field.String("Name"), Field.String("name")] };
        var nested = new LogSchema("Test.Case")
        {
            Fields = [Field.Object("user", Field.String("Id"), Field.String("ID"))],
        };
        var partition = new LogSchema("Test.Case") { Fields = [Field.Int32("Year")] };

        Assert.Contains("differ only in case",
            Assert.Throws<ArgumentException>(() => AthenaDdl.GetColumns(top, LakeDatabase.Logs)).Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AthenaDdl.GetColumns(nested, LakeDatabase.Logs));
        Assert.Throws<ArgumentException>(() => AthenaDdl.GetColumns(partition, LakeDatabase.Logs));
    }

    [Fact]
    public void An_object_without_fields_has_no_glue_type()
    {
        var schema = new LogSchema("Test.Empty") { Fields = [Field.Object("empty")] };

        Assert.Throws<NotSupportedException>(() => AthenaDdl.GetColumns(schema, LakeDatabase.Logs));
    }

    [Fact]
    public void Log_type_tables_are_not_in_the_alerts_database()
    {
        Assert.Throws<ArgumentException>(() => AthenaDdl.GetColumns(NestedLogType.Schema, LakeDatabase.Alerts));
    }

    [Fact]
    public void The_all_logs_view_unions_the_standard_columns_and_partitions_of_every_log_table()
    {
        var schemas = BuiltInLogTypes.All.Take(2).ToList();

        var view = AthenaDdl.CreateAllLogsView(schemas, new AthenaDdlOptions("s3://b12") { DatabasePrefix = "" });

        Assert.StartsWith("CREATE OR REPLACE VIEW \"views\".\"all_logs\" AS\nSELECT 'logs' AS \"p_db_name\", '"
            + schemas[0].TableName + "' AS \"p_table_name\",\n  \"p_log_type\", ", view, StringComparison.Ordinal);
        Assert.Equal(2, view.Split("\nFROM \"logs\".\"").Length - 1);
        Assert.Single(view.Split("\nUNION ALL\n").Skip(1));
        Assert.Contains(
            "\"p_any_urls\", \"p_parse_errors\", \"p_enrichment\", \"p_overflow\", \"year\", \"month\", \"day\", \"hour\"",
            view, StringComparison.Ordinal);
        Assert.DoesNotContain("eventName", view, StringComparison.Ordinal);
        DdlShape.AssertWellFormed(view);
    }

    [Fact]
    public void The_all_logs_view_needs_a_log_type_and_distinct_tables()
    {
        Assert.Throws<ArgumentException>(() => AthenaDdl.CreateAllLogsView([], Options));
        Assert.Throws<ArgumentException>(() =>
            AthenaDdl.CreateAllLogsView([NestedLogType.Schema, NestedLogType.Schema], Options));
    }

    [Fact]
    public void Every_built_in_name_is_already_glue_safe_apart_from_case()
    {
        var unsafeNames = BuiltInLogTypes.All.SelectMany(s => Names(s.Fields))
            .Where(n => !n.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')).Distinct().ToList();

        Assert.Empty(unsafeNames);
    }

    [Fact]
    public void A_projected_year_range_must_be_ordered()
    {
        var options = new AthenaDdlOptions("s3://bucket") { FirstYear = 2030, LastYear = 2020 };

        Assert.Throws<ArgumentException>(() => AthenaDdl.CreateAlertsTable(options));
    }

    [Fact]
    public void Glue_type_parser_rejects_malformed_types()
    {
        Assert.True(GlueTypeParser.IsWellFormed("map<string,array<struct<a:int,`b-c`:decimal(20,0)>>>"));
        Assert.False(GlueTypeParser.IsWellFormed("struct<a:string"));
        Assert.False(GlueTypeParser.IsWellFormed("array<>"));
        Assert.False(GlueTypeParser.IsWellFormed("map<int,string>"));
        Assert.False(GlueTypeParser.IsWellFormed("struct<:string>"));
        Assert.False(GlueTypeParser.IsWellFormed("varchar"));
    }

    private static IEnumerable<string> Names(IEnumerable<SchemaField> fields) =>
        fields.SelectMany(f => (IEnumerable<string>)[f.Name, .. Names(Members(f.Type))]);

    private static IEnumerable<SchemaField> Members(FieldType type) => type switch
    {
        ObjectFieldType obj => obj.Fields,
        ArrayFieldType array => Members(array.Element),
        MapFieldType map => Members(map.Value),
        _ => [],
    };

    private static List<(string Name, string Type)> Pairs(IEnumerable<AthenaColumn> columns) =>
        [.. columns.Select(c => (c.Name, c.Type))];

    private static async Task<List<(string Name, string Type)>> WriteAndReadSchemaAsync(byte[] input,
        LogTypeRegistry registry, string table)
    {
        using var lake = new TempLake();
        await using (var writer = new ParquetLakeWriter(lake.Layout,
            new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) }))
        {
            await LakeRun.WriteAsync(writer, input, registry);
        }

        var file = lake.Files("*.parquet").First(f => f.StartsWith($"logs/{table}/", StringComparison.Ordinal));
        await using var stream = File.OpenRead(Path.Combine(lake.Root, file));
        await using var reader = await ParquetReader.CreateAsync(stream);
        return [.. ParquetGlueTypes.Columns(reader.Schema)];
    }
}
