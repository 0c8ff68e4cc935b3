namespace Panther.Schemas.Tests;

public class LogTypeNameTests
{
    [Theory]
    [InlineData("AWS.CloudTrail")]
    [InlineData("A.B")]
    [InlineData("Custom.Proxy_V2")]
    [InlineData("GCP.Audit_Log")]
    [InlineData("a1_.b2_")]
    public void Names_of_two_parts_starting_with_letters_are_valid(string name) =>
        Assert.True(LogTypeName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("CloudTrail")]
    [InlineData(".CloudTrail")]
    [InlineData("AWS.")]
    [InlineData(".")]
    [InlineData("AWS.Cloud.Trail")]
    [InlineData("AWS..CloudTrail")]
    [InlineData("1AWS.CloudTrail")]
    [InlineData("AWS.2CloudTrail")]
    [InlineData("_AWS.CloudTrail")]
    [InlineData("AWS._CloudTrail")]
    [InlineData("AWS.Cloud-Trail")]
    [InlineData("AWS.Cloud Trail")]
    [InlineData(" AWS.CloudTrail")]
    [InlineData("AWS.CloudTrail ")]
    [InlineData("Ünicode.Type")]
    [InlineData("AWS.Cloudtrail\u00e9")]
    public void Other_names_are_invalid(string name) =>
        Assert.False(LogTypeName.IsValid(name));

    [Fact]
    public void Is_valid_rejects_null() =>
        Assert.Throws<ArgumentNullException>(() => LogTypeName.IsValid(null!));

    [Theory]
    [InlineData("AWS.CloudTrail", "aws_cloudtrail")]
    [InlineData("AWS.CloudTrailDigest", "aws_cloudtraildigest")]
    [InlineData("Custom.Proxy_V2", "custom_proxy_v2")]
    [InlineData("a.b", "a_b")]
    public void Table_names_are_lower_case_with_an_underscore_for_the_dot(string name, string table) =>
        Assert.Equal(table, LogTypeName.ToTableName(name));

    [Fact]
    public void To_table_name_rejects_null() =>
        Assert.Throws<ArgumentNullException>(() => LogTypeName.ToTableName(null!));
}
