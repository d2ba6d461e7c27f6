namespace Fixture.MissingLib;

public sealed class Helper
{
    public string Name => "helper";
}
