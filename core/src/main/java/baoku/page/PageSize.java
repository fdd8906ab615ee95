package baoku.page;

/** The size of a printed page in PDF points (1/72 inch), as its crop box gives it. */
public record PageSize(double width, double height) {}
