# Writes reference.csv: R's own qnorm, pnorm, pbeta, qbeta, pt and qt over a grid of
# arguments, the oracle for Tests/IndcTests/DistributionTests.swift.
# Run from the repository root:  Rscript Tests/Cases/numerics/reference.R
# Columns: function,a,b,c,value, where
#   qnorm: a = p            pnorm: a = x
#   pbeta: a = x, b = shape1, c = shape2    qbeta: a = p, b = shape1, c = shape2
#   pt:    a = t, b = df                    qt:    a = p, b = df
# Every number is written with sprintf("%.17g"), so it reads back as the same double.

probabilities <- c(1e-12, 1e-8, 1e-4, 0.001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                   0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-6)
degrees <- c(1, 1.5, 2, 3, 5, 10, 29, 30, 100, 1000, 1e5)
# Beta shapes: small and J-shaped, symmetric, and Korn-Graubard-like (x + 1, n - x).
shapes <- list(c(0.5, 0.5), c(0.5, 1), c(1, 1), c(2, 3), c(0.5, 5), c(5, 0.5),
               c(10, 10), c(30, 2), c(1, 50), c(3, 98), c(50.5, 49.5), c(200, 800),
               c(0.5, 1000), c(1000, 0.5), c(5e4, 0.5))
beta_points <- c(1e-10, 1e-6, 1e-4, 0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5,
                 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6)
t_points <- c(-1e4, -100, -40, -10, -6, -4, -3, -2, -1.5, -1, -0.5, -0.1, 0,
              0.1, 0.5, 1, 1.5, 2, 3, 4, 6, 10, 40, 100, 1e4)
z_points <- c(-37.5, -30, -20, -10, -8, -6, -5, -4, -3, -2.5, -2, -1.96, -1.5,
              -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 1.645, 1.96, 2, 3, 5, 8, 10)

number <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
rows <- list()
add <- function(name, a, b = NA, c = NA, value) {
  rows[[length(rows) + 1]] <<- data.frame(f = name, a = number(a), b = number(b),
                                          c = number(c), value = number(value))
}

add("qnorm", probabilities, value = qnorm(probabilities))
add("pnorm", z_points, value = pnorm(z_points))
for (s in shapes) {
  add("pbeta", beta_points, s[1], s[2], pbeta(beta_points, s[1], s[2]))
  add("qbeta", probabilities, s[1], s[2], qbeta(probabilities, s[1], s[2]))
}
for (df in degrees) {
  add("pt", t_points, df, value = pt(t_points, df))
  add("qt", probabilities, df, value = qt(probabilities, df))
}

table <- do.call(rbind, rows)
lines <- c("function,a,b,c,value", paste(table$f, table$a, table$b, table$c, table$value, sep = ","))
writeLines(lines, "Tests/Cases/numerics/reference.csv")
