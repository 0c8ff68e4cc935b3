using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class AwsArnScannerTests
{
    private static readonly string Arns = IndicatorField.AwsArns.Name;
    private static readonly string Accounts = IndicatorField.AwsAccountIds.Name;
    private static readonly string Instances = IndicatorField.AwsInstanceIds.Name;

    [Fact]
    public void Ec2_instance_arn_yields_its_account_and_instance_id()
    {
        const string arn = "arn:aws:ec2:us-east-1:123456789012:instance/i-0abcdef1234567890";

        var entries = RecordingIndicatorWriter.Scan(IndicatorKind.AwsArn, arn);

        Assert.Equal([(Arns, arn), (Accounts, "123456789012"), (Instances, "i-0abcdef1234567890")], entries);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/Admin")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:my-fn:1")]
    [InlineData("arn:aws:ec2:us-east-1:123456789012:volume/vol-0abc")]
    [InlineData("arn:aws:ec2:us-east-1:123456789012:instance/not-an-id")]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:instance/i-0abc")]
    public void Arn_with_an_account_yields_the_account(string arn) =>
        Assert.Equal(
            [(Arns, arn), (Accounts, "123456789012")],
            RecordingIndicatorWriter.Scan(IndicatorKind.AwsArn, arn));

    [Theory]
    [InlineData("arn:aws:s3:::my-bucket/key with spaces.txt")]
    [InlineData("arn:aws:sts::12345:assumed-role/x")]
    [InlineData("arn:aws:ec2:us-east-1::instance/i-0abc")]
    public void Arn_without_a_valid_account_is_written_alone(string arn)
    {
        var entries = RecordingIndicatorWriter.Scan(IndicatorKind.AwsArn, arn);

        Assert.Equal((Arns, arn), entries[0]);
        Assert.DoesNotContain(entries, e => e.Field == Accounts);
    }

    [Fact]
    public void Instance_arn_without_account_still_yields_the_instance_id()
    {
        const string arn = "arn:aws:ec2:us-east-1::instance/i-0abc";

        var entries = RecordingIndicatorWriter.Scan(IndicatorKind.AwsArn, arn);

        Assert.Equal([(Arns, arn), (Instances, "i-0abc")], entries);
    }

    [Fact]
    public void Surrounding_white_space_is_trimmed() =>
        Assert.Equal(
            [(Arns, "arn:aws:s3:::bucket")],
            RecordingIndicatorWriter.Scan(IndicatorKind.AwsArn, "  arn:aws:s3:::bucket\n"));

    [Theory]
    [InlineData("")]
    [InlineData("arn:aws:s3")]
    [InlineData("arn:aws:iam::123456789012")]
    [InlineData("arn::s3:::bucket")]
    [InlineData("arn:aws::::resource")]
    [InlineData("arn:aws:s3:::")]
    [InlineData("ARN:aws:s3:::bucket")]
    [InlineData("aws:s3:::bucket")]
    [InlineData(" x arn:aws:s3:::bucket")]
    public void Values_that_are_not_arns_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.AwsArn, value));
}
