using Panther.Schemas;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Tests.Layout;

public class LakeLayoutTests
{
    private static readonly DateTime Time = new(2026, 12, 3, 15, 59, 59, 999, DateTimeKind.Utc);

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("AWS_CloudTrail")]
    [InlineData("aws.cloudtrail")]
    [InlineData("aws_cloudtrail\n")]
    [InlineData("/etc")]
    public void Table_names_that_could_leave_the_table_folder_are_rejected(string table)
    {
        var layout = new LakeLayout(Path.GetTempPath());

        Assert.False(LakeLayout.IsValidTableName(table));
        Assert.Throws<ArgumentException>(() => layout.GetTableDirectory(LakeDatabase.Logs, table));
        Assert.Throws<ArgumentException>(() => layout.GetPartitionDirectory(LakeDatabase.Logs, table, Time));
        Assert.Throws<ArgumentException>(
            () => LakeLayout.GetObjectKey(LakeDatabase.Logs, table, Time, "f.parquet"));
    }

    [Fact]
    public void Table_names_made_from_log_types_are_valid()
    {
        Assert.True(LakeLayout.IsValidTableName(LogTypeName.ToTableName("AWS.CloudTrail")));
        Assert.True(LakeLayout.IsValidTableName(LogTypeName.ToTableName("Custom.My_Proxy2")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("../x")]
    [InlineData("a\\b")]
    [InlineData("")]
    public void Partition_values_that_could_name_another_folder_are_rejected(string value) =>
        Assert.Throws<ArgumentException>(() => LakeLayout.FormatPartition("rule_id", value));

    [Fact]
    public void Partition_keys_follow_the_table_name_rules()
    {
        Assert.Equal("rule_id=AWS.Root.Activity", LakeLayout.FormatPartition("rule_id", "AWS.Root.Activity"));
        Assert.Throws<ArgumentException>(() => LakeLayout.FormatPartition("../x", "1"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData(".hidden.parquet")]
    [InlineData("..")]
    public void File_names_that_could_leave_the_partition_are_rejected(string fileName)
    {
        var layout = new LakeLayout(Path.GetTempPath());

        Assert.Throws<ArgumentException>(
            () => layout.GetFilePath(LakeDatabase.Logs, "aws_cloudtrail", Time, fileName));
    }

    [Fact]
    public void Unique_ids_with_separators_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => LakeLayout.CreateFileName(Time, "../x"));
        Assert.Throws<ArgumentException>(() => LakeLayout.CreateFileName(Time, "a/b"));
    }

    [Fact]
    public void Partition_path_is_the_utc_hour_of_the_time()
    {
        Assert.Equal("year=2026/month=12/day=03/hour=15", LakeLayout.GetPartitionPath(Time));
        Assert.Equal(new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc), LakeLayout.GetPartitionHour(Time));

        var local = new DateTimeOffset(2026, 1, 2, 0, 30, 0, TimeSpan.FromHours(2));
        Assert.Equal("year=2026/month=01/day=01/hour=22", LakeLayout.GetPartitionPath(local.UtcDateTime));
    }

    [Fact]
    public void File_paths_follow_the_documented_layout()
    {
        var layout = new LakeLayout(Path.Combine(Path.GetTempPath(), "lake"));
        var name = LakeLayout.CreateFileName(new DateTime(2026, 12, 3, 15, 55, 1, DateTimeKind.Utc), "abc123");

        var path = layout.GetFilePath(LakeDatabase.Logs, "aws_cloudtrail", Time, name);

        Assert.Equal("20261203T155501Z-abc123.parquet", name);
        Assert.Equal("logs/aws_cloudtrail/year=2026/month=12/day=03/hour=15/20261203T155501Z-abc123.parquet",
            Path.GetRelativePath(layout.Root, path).Replace('\\', '/'));
        Assert.Equal("rule_matches/x/year=2026/month=12/day=03/hour=15/" + name,
            LakeLayout.GetObjectKey(LakeDatabase.RuleMatches, "x", Time, name));
        Assert.EndsWith("/lake/alerts/x/**/*.parquet", layout.GetTableGlob(LakeDatabase.Alerts, "x"),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LakeDatabase.Logs, "logs")]
    [InlineData(LakeDatabase.RuleMatches, "rule_matches")]
    [InlineData(LakeDatabase.RuleErrors, "rule_errors")]
    [InlineData(LakeDatabase.Alerts, "alerts")]
    public void Databases_are_top_level_folders(LakeDatabase database, string folder) =>
        Assert.Equal(folder, LakeLayout.GetDatabaseFolder(database));
}
