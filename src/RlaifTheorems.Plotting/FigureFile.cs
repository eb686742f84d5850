using ScottPlot;

namespace RlaifTheorems.Plotting;

/// <summary>Saves a plot as <c>NAME.png</c> and <c>NAME.svg</c> at one size, with the suite's common styling.</summary>
public static class FigureFile
{
    /// <summary>Width of every figure, in pixels.</summary>
    public const int Width = 800;
    /// <summary>Height of every figure, in pixels.</summary>
    public const int Height = 500;

    /// <summary>Writes <paramref name="plot"/> into <paramref name="folder"/>, its legend in the <paramref name="legend"/> corner
    /// (the one its data leaves empty), and returns the two paths.</summary>
    public static IReadOnlyList<string> Save(Plot plot, string folder, string name, Alignment legend)
    {
        Directory.CreateDirectory(folder);
        plot.ShowLegend(legend);
        string png = Path.Combine(folder, name + ".png"), svg = Path.Combine(folder, name + ".svg");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(svg, Width, Height);
        return new[] { png, svg };
    }

    /// <summary>Adds the curve (<paramref name="xs"/>, <paramref name="ys"/>) as a labelled two-pixel line.</summary>
    public static ScottPlot.Plottables.Scatter Line(Plot plot, double[] xs, double[] ys, string legend)
    {
        var line = plot.Add.ScatterLine(xs, ys);
        line.LegendText = legend;
        line.LineWidth = 2;
        return line;
    }

    /// <summary>A plot with a title and axis labels.</summary>
    public static Plot Titled(string title, string x, string y)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        return plot;
    }
}
