using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Studies;

namespace RlaifTheorems.Properties.Lab.Studies;

/// <summary>A researcher's constitutions: the command-line forms and the JSON file, and one line naming what is wrong.</summary>
public sealed class SuppliedConstitutionsTests
{
    [Fact]
    public void CommandLineFormsParse()
    {
        var contrast = SuppliedConstitutions.Parse("kind; gentle /cruel;Be harsh now.");
        Assert.Equal(ConstitutionKind.Contrast, contrast.Kind);
        Assert.Equal(["kind", "gentle"], contrast.Positive);
        Assert.Equal(["cruel", "Be harsh now."], contrast.Negative);
        Assert.Equal(["kind", "gentle", "cruel", "Be", "harsh", "now"], contrast.OwnWords);
        var text = SuppliedConstitutions.Parse("text:Always be kind.");
        Assert.Equal((ConstitutionKind.Text, "Always be kind."), (text.Kind, text.Positive[0]));
        var vector = SuppliedConstitutions.Parse("vector:0.5, -1,2e-3");
        Assert.Equal([0.5, -1, 2e-3], vector.Direction!);
    }

    [Fact]
    public void JsonFileReadsEveryForm()
    {
        string path = TempFiles.Write("""
            [{"name": "kindness", "positive": ["kind"], "negative": ["cruel"]},
             {"text": "Protect people."},
             {"name": "v", "vector": [1, 2, 3]}]
            """, "constitutions");
        var specs = SuppliedConstitutions.ReadFile(path);
        Assert.Equal(["kindness", "text:Protect people.", "v"], specs.Select(s => s.Name));
        Assert.Equal([ConstitutionKind.Contrast, ConstitutionKind.Text, ConstitutionKind.Vector], specs.Select(s => s.Kind));
    }

    [Theory]
    [InlineData("{}", "expected an array")]
    [InlineData("[{\"positive\": [\"a\"]}]", "entry 1: expected")]
    [InlineData("[{\"vector\": [1, \"x\"]}]", "array of numbers")]
    [InlineData("[{\"vector\": [1e400]}]", "non-finite")]
    [InlineData("[{\"positive\": [], \"negative\": [\"b\"]}]", "non-empty array")]
    [InlineData("not json", "not JSON")]
    public void BadFilesAreNamed(string content, string message)
    {
        var error = Assert.Throws<LabDataException>(() => SuppliedConstitutions.ReadFile(TempFiles.Write(content, "constitutions")));
        Assert.Contains(message, error.Message);
    }
}
