# Survey run cases: writes the data of the synthetic survey-* cases and every
# expected/NAME.csv of the survey-* cases from R's survey package, an engine
# that shares no code with indc.
#
# Run from the repository root:   Rscript Tests/Cases/run/survey_oracle.R
# Last run with R 4.2.2 Patched (2022-11-10 r83330) and survey 4.1.1; other
# versions give a warning (the numbers should agree far beyond 1e-9, but
# check the diff).
#
# What indc computes, and the R call used for it here:
#
# * A dataset with `weight W` (or the bare `sample`: every weight 1) is
#   svydesign(ids = ~1, strata = ~S (when `strata S`), weights = ~W (when
#   weighted), data = ALL rows of the CSV file). Every result cell is a domain
#   of that design: design[filter & cell values & input not missing, ], so
#   n_h/(n_h - 1) and the centring use all rows of each stratum (survey keeps
#   fpc$sampsize when it drops the rows of a subset) and
#   degf(domain) = domain rows - strata present in the domain.
# * share(C): svyciprop(~I(C), domain, method = M, level = L); value the
#   estimate, se = sqrt(attr(, "var")), ci = attr(, "ci"), df = degf(domain).
#   indc `logit`, `beta`, `mean` are R's methods of the same name. For logit
#   the CI is computed as svyciprop does (svyglm quasibinomial, Wald interval
#   on the logit scale with ddf = degf), but with glm.control(epsilon = 1e-12,
#   maxit = 100): svyciprop's svyglm stops at glm's default epsilon 1e-8,
#   which leaves its estimate and CI up to ~5e-10 relative from the exact
#   values (api: 0.82794801100 instead of 0.82794801142). The value written is
#   the exact weighted proportion (coef of svymean).
#   indc `wilson` has no R method: the Wilson score interval with
#   n = p(1 - p) / se^2 and z = qt(1 - (1 - L) / 2, df), by hand below.
# * mean(X): svymean(~X, domain); confint(, level = L, df = degf(domain)).
# * count(): svytotal(~one, domain) (one = 1); sum(X): svytotal(~X, domain);
#   t intervals with df = degf(domain).
# * a / b: svyratio(~a, ~b, domain), confint(, level = L, df = degf(domain)).
# * per N: value, se and interval times N.
# * n = unweighted rows of the domain; n_eff = (sum w)^2 / sum w^2 over them.
# * distribution(X): per level, svyciprop(~I(X == level), domain with X not
#   missing).
# * period P: previous = the same cell (other group values, breakdown and its
#   value, distribution level) in the preceding period of the indicator's
#   results; change = value - previous; change_se = sqrt(se^2 + se_prev^2);
#   change_p = 2 (1 - pnorm(|change / change_se|)); change_significant =
#   change_p < 1 - L. Empty in the first period.
#
# The script stops when a cell has fewer than 2 rows, a proportion of 0 or 1,
# or a stratum has a single row: indc gives those no interval, and they are
# kept out of these cases on purpose.

suppressPackageStartupMessages(library(survey))

if (!identical(as.character(packageVersion("survey")), "4.1.1") ||
    !identical(paste(R.version$major, R.version$minor, sep = "."), "4.2.2")) {
  warning("these files were made with R 4.2.2 and survey 4.1.1; this is R ",
          R.version$major, ".", R.version$minor, " with survey ", packageVersion("survey"))
}

base <- "Tests/Cases/run"
if (!dir.exists(file.path(base, "survey-api"))) stop("run from the repository root")

# ---------------------------------------------------------------- CSV output

csv_field <- function(x) {
  x <- ifelse(is.na(x), "", as.character(x))
  needs <- grepl("[\",\r\n]", x)
  x[needs] <- paste0("\"", gsub("\"", "\"\"", x[needs]), "\"")
  x
}

write_csv <- function(table, path) {
  lines <- c(paste(csv_field(names(table)), collapse = ","),
             if (nrow(table) > 0) do.call(paste, c(lapply(table, csv_field), sep = ",")))
  con <- file(path, open = "wb")
  writeLines(lines, con, sep = "\n")
  close(con)
}

# A data column as text: numbers as R prints them (15 significant digits, so
# 2-decimal weights stay short), booleans ja/nee, NA empty.
data_text <- function(x) {
  if (is.logical(x)) return(ifelse(is.na(x), NA, ifelse(x, "ja", "nee")))
  if (is.numeric(x)) return(ifelse(is.na(x), NA, as.character(x)))
  as.character(x)
}

write_data <- function(frame, path) {
  write_csv(as.data.frame(lapply(frame, data_text), stringsAsFactors = FALSE,
                          check.names = FALSE), path)
}

num <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
int <- function(v) ifelse(is.na(v), "", sprintf("%d", as.integer(round(v))))

# ----------------------------------------------------------------- CSV input

# Reads a CSV as text and applies the column types and missing codes of the
# .ind file, the way indc reads it: an empty field is missing, missing codes
# are missing, a value that does not fit stops the script.
read_typed <- function(path, columns) {
  raw <- read.csv(path, colClasses = "character", na.strings = character(0),
                  check.names = FALSE, encoding = "UTF-8")
  out <- list()
  for (name in names(columns)) {
    spec <- columns[[name]]
    text <- raw[[name]]
    if (is.null(text)) stop(path, ": no column ", name)
    gone <- text == "" | text %in% as.character(spec$missing)
    text[gone] <- NA
    value <- switch(spec$type,
      integer = {
        if (any(!is.na(text) & !grepl("^-?[0-9]+$", text))) stop(name, ": not an integer")
        as.numeric(text)
      },
      number = {
        v <- as.numeric(text)
        if (any(!is.na(text) & is.na(v))) stop(name, ": not a number")
        v
      },
      boolean = {
        l <- tolower(text)
        v <- ifelse(l %in% c("ja", "true", "1", "yes"), TRUE,
                    ifelse(l %in% c("nee", "false", "0", "no"), FALSE, NA))
        if (any(!is.na(text) & is.na(v))) stop(name, ": not a boolean")
        v
      },
      category = {
        if (any(!is.na(text) & !(text %in% spec$levels))) stop(name, ": not a level")
        text
      },
      text = text)
    out[[name]] <- value
  }
  frame <- as.data.frame(out, stringsAsFactors = FALSE, check.names = FALSE)
  frame$one <- 1
  attr(frame, "columns") <- columns
  frame
}

col <- function(type, levels = NULL, missing = NULL) list(type = type, levels = levels, missing = missing)

# --------------------------------------------------------------------- design

# weight: column name or NULL (`sample`); strata: column name or NULL.
make_design <- function(frame, weight = NULL, strata = NULL) {
  if (!is.null(strata)) {
    sizes <- table(frame[[strata]], useNA = "ifany")
    if (any(is.na(frame[[strata]]))) stop("a missing stratum")
    if (any(sizes < 2)) stop("a stratum with a single row: ", names(sizes)[sizes < 2])
  }
  design <- suppressWarnings(svydesign(
    ids = ~1,
    strata = if (is.null(strata)) NULL else as.formula(paste0("~`", strata, "`")),
    weights = if (is.null(weight)) NULL else as.formula(paste0("~`", weight, "`")),
    data = frame))
  list(design = design, frame = frame, w = weights(design, "sampling"))
}

# ----------------------------------------------------------------- intervals

# svyciprop's logit branch, with glm converged to full precision.
logit_ci <- function(formula, sub, level) {
  m <- eval(bquote(svyglm(.(formula[[2]]) ~ 1, sub, family = quasibinomial,
                          control = glm.control(epsilon = 1e-12, maxit = 100))))
  ci <- suppressMessages(as.numeric(confint(m, 1, level = level, method = "Wald", ddf = degf(sub))))
  plogis(ci)
}

share_stats <- function(formula, sub, method, level) {
  df <- degf(sub)
  exact <- svyciprop(formula, sub, method = "mean", level = level)
  p <- as.numeric(exact)
  se <- sqrt(as.numeric(attr(exact, "var")))
  if (!(p > 0 && p < 1)) stop("proportion ", p, " in a cell")
  ci <- switch(method,
    logit = logit_ci(formula, sub, level),
    beta = as.numeric(attr(svyciprop(formula, sub, method = "beta", level = level), "ci")),
    mean = as.numeric(attr(exact, "ci")),
    wilson = {
      n <- p * (1 - p) / se^2
      z <- qt(1 - (1 - level) / 2, df)
      centre <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
      half <- z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)) / (1 + z^2 / n)
      c(centre - half, centre + half)
    })
  list(value = p, se = se, ci = ci, df = df)
}

stat_stats <- function(estimate, sub, level) {
  df <- degf(sub)
  ci <- as.numeric(confint(estimate, level = level, df = df))
  list(value = as.numeric(coef(estimate)), se = as.numeric(SE(estimate)), ci = ci, df = df)
}

# ---------------------------------------------------------------- indicators

# A measure is a list(kind, ...):
#   share: expr (a condition)           mean, sum: expr (a numeric expression)
#   count                                ratio: num, den (formulas, no missing values)
#   distribution: column (a category)
# ind: name, ds (from make_design), filter (expression or NULL), groups,
#      breakdowns, measure, method, level, period, per.
run_indicator <- function(ind) {
  ds <- ind$ds
  frame <- ds$frame
  columns <- attr(frame, "columns")
  method <- if (is.null(ind$method)) "logit" else ind$method
  level <- if (is.null(ind$level)) 0.95 else ind$level
  per <- if (is.null(ind[["per", exact = TRUE]])) 1 else ind[["per", exact = TRUE]]
  keep <- if (is.null(ind$filter)) rep(TRUE, nrow(frame)) else eval(ind$filter, frame) %in% TRUE
  measure <- ind$measure

  match_value <- function(x, v) if (is.na(v)) is.na(x) else x %in% v

  rank_of <- function(name, values) {
    spec <- columns[[name]]
    r <- switch(spec$type,
      category = match(values, spec$levels),
      boolean = as.numeric(values),
      integer = , number = as.numeric(values),
      stop("sorting text is not needed here"))
    ifelse(is.na(values), Inf, r)
  }
  show_value <- function(name, v) {
    if (is.na(v)) return("")
    switch(columns[[name]]$type, integer = sprintf("%d", as.integer(v)),
           number = sprintf("%.17g", v), boolean = if (v) "true" else "false", as.character(v))
  }

  rows <- list()
  sets <- c(list(NULL), as.list(ind$breakdowns))
  for (k in seq_along(sets)) {
    dimension <- sets[[k]]
    cols <- c(ind$groups, dimension)
    combos <- if (length(cols) == 0) data.frame(row.names = 1) else
      unique(frame[keep, cols, drop = FALSE])
    for (i in seq_len(nrow(combos))) {
      mask <- keep
      for (c in cols) mask <- mask & match_value(frame[[c]], combos[[c]][i])
      base_row <- list(indicator = ind$name)
      sort_key <- list()
      for (g in ind$groups) {
        base_row[[g]] <- show_value(g, combos[[g]][i])
        sort_key[[g]] <- rank_of(g, combos[[g]][i])
      }
      base_row$breakdown <- if (is.null(dimension)) "" else dimension
      base_row$breakdown_value <- if (is.null(dimension)) "" else show_value(dimension, combos[[dimension]][i])
      sort_key$.set <- k
      sort_key$.bvalue <- if (is.null(dimension)) 0 else rank_of(dimension, combos[[dimension]][i])
      group_key <- paste(c(sapply(setdiff(ind$groups, ind$period), function(g) base_row[[g]]),
                           base_row$breakdown, base_row$breakdown_value), collapse = "\r")
      period_value <- if (is.null(ind$period)) NA else combos[[ind$period]][i]

      emit <- function(stats, dom, level_name = NULL, level_rank = 0) {
        n <- sum(dom)
        if (n < 2) stop(ind$name, ": a cell with ", n, " rows")
        w <- ds$w[dom]
        row <- base_row
        if (!is.null(measure$column)) row[[measure$column]] <- level_name
        row$value <- stats$value * per
        row$n <- n
        row$se <- stats$se * per
        row$ci_low <- stats$ci[1] * per
        row$ci_high <- stats$ci[2] * per
        row$df <- stats$df
        row$n_eff <- sum(w)^2 / sum(w^2)
        key <- c(sort_key, list(.level = level_rank))
        rows[[length(rows) + 1]] <<- list(row = row, key = key,
                                          match = paste(group_key, level_rank, sep = "\r"),
                                          period = period_value)
      }

      switch(measure$kind,
        share = {
          cond <- eval(measure$expr, frame)
          dom <- mask & !is.na(cond)
          formula <- as.formula(call("~", call("I", measure$expr)))
          emit(share_stats(formula, ds$design[dom, ], method, level), dom)
        },
        mean = {
          x <- eval(measure$expr, frame)
          dom <- mask & !is.na(x)
          sub <- ds$design[dom, ]
          emit(stat_stats(eval(bquote(svymean(~.(measure$expr), sub))), sub, level), dom)
        },
        sum = {
          x <- eval(measure$expr, frame)
          dom <- mask & !is.na(x)
          sub <- ds$design[dom, ]
          emit(stat_stats(eval(bquote(svytotal(~.(measure$expr), sub))), sub, level), dom)
        },
        count = {
          sub <- ds$design[mask, ]
          emit(stat_stats(svytotal(~one, sub), sub, level), mask)
        },
        ratio = {
          a <- eval(measure$num[[2]], frame)
          b <- eval(measure$den[[2]], frame)
          if (any(is.na(a[mask])) || any(is.na(b[mask]))) stop("ratio cases have no missing values")
          sub <- ds$design[mask, ]
          emit(stat_stats(svyratio(measure$num, measure$den, sub), sub, level), mask)
        },
        distribution = {
          x <- frame[[measure$column]]
          dom <- mask & !is.na(x)
          levels <- columns[[measure$column]]$levels
          for (j in seq_along(levels)) {
            formula <- as.formula(bquote(~I(.(as.name(measure$column)) == .(levels[j]))))
            emit(share_stats(formula, ds$design[dom, ], method, level), dom, levels[j], j)
          }
        })
    }
  }

  keys <- do.call(rbind, lapply(rows, function(r) as.data.frame(r$key)))
  rows <- rows[do.call(order, unname(as.list(keys)))]

  table <- do.call(rbind, lapply(rows, function(r) {
    row <- r$row
    data.frame(lapply(row, function(v) v), stringsAsFactors = FALSE, check.names = FALSE)
  }))
  out <- data.frame(indicator = table$indicator, stringsAsFactors = FALSE, check.names = FALSE)
  for (g in ind$groups) out[[g]] <- table[[g]]
  out$breakdown <- table$breakdown
  out$breakdown_value <- table$breakdown_value
  if (!is.null(measure$column)) out[[measure$column]] <- table[[measure$column]]
  out$value <- num(table$value)
  out$n <- int(table$n)
  out$se <- num(table$se)
  out$ci_low <- num(table$ci_low)
  out$ci_high <- num(table$ci_high)
  out$df <- int(table$df)
  out$n_eff <- num(table$n_eff)

  if (!is.null(ind$period)) {
    periods <- sort(unique(sapply(rows, function(r) r$period)))
    previous <- change <- change_se <- change_p <- rep(NA_real_, length(rows))
    significant <- rep("", length(rows))
    for (i in seq_along(rows)) {
      at <- match(rows[[i]]$period, periods)
      if (at == 1) next
      for (j in seq_along(rows)) {
        if (rows[[j]]$period == periods[at - 1] && rows[[j]]$match == rows[[i]]$match) {
          previous[i] <- table$value[j]
          change[i] <- table$value[i] - table$value[j]
          change_se[i] <- sqrt(table$se[i]^2 + table$se[j]^2)
          change_p[i] <- 2 * (1 - pnorm(abs(change[i] / change_se[i])))
          significant[i] <- if (change_p[i] < 1 - level) "true" else "false"
        }
      }
      if (is.na(previous[i])) stop(ind$name, ": a cell without its previous period")
    }
    out$previous <- num(previous)
    out$change <- num(change)
    out$change_se <- num(change_se)
    out$change_p <- num(change_p)
    out$change_significant <- significant
  }
  out
}

write_expected <- function(case, indicators) {
  folder <- file.path(base, case, "expected")
  dir.create(folder, showWarnings = FALSE)
  # The expected files of the survey cases all come from here: start afresh.
  unlink(list.files(folder, pattern = "\\.csv$", full.names = TRUE))
  for (ind in indicators) {
    out <- run_indicator(ind)
    write_csv(out, file.path(folder, paste0(ind$name, ".csv")))
    cat(sprintf("%-22s %-30s %3d rows\n", case, ind$name, nrow(out)))
  }
}

# ================================================================ survey-api

# apistrat (survey's data(api)): 200 Californian schools, a stratified random
# sample by school type; pw = N_h / n_h.
data(api)
api_columns <- list(
  cds = col("text"),
  stype = col("category", c("E", "M", "H")),
  sch.wide = col("category", c("No", "Yes")),
  awards = col("category", c("No", "Yes")),
  api00 = col("integer"),
  api99 = col("integer"),
  enroll = col("integer"),
  pw = col("number"))
write_data(apistrat[, names(api_columns)], file.path(base, "survey-api", "apistrat.csv"))
api <- read_typed(file.path(base, "survey-api", "apistrat.csv"), api_columns)
api_w <- make_design(api, weight = "pw")                      # dataset api
api_s <- make_design(api, weight = "pw", strata = "stype")    # dataset api_strat

# The published numbers (the survey package's own documentation and the brief).
check <- function(label, got, want, digits = 10) {
  cat(sprintf("%-40s %s  (published %s)\n", label, paste(sprintf("%.10f", got), collapse = " "),
              paste(sprintf("%.10f", want), collapse = " ")))
  if (any(abs(round(got, digits) - want) > 1.5 * 10^-digits)) stop("does not reproduce: ", label)
}
sw <- ~I(sch.wide == "Yes")
r <- svyciprop(sw, api_w$design, method = "mean")
check("sch.wide share (estimate, SE)", c(r, sqrt(attr(r, "var"))), c(0.8279480114, 0.0260686797))
r <- svyciprop(sw, api_w$design)
check("sch.wide share (svyciprop logit CI)", attr(r, "ci"), c(0.7703487213, 0.8734735005))
cat(sprintf("%-40s %.17g (exact %.17g)\n", "  svyciprop's own logit estimate", r,
            coef(svymean(~as.numeric(sch.wide == "Yes"), api_w$design))))
check("sch.wide share, logit CI at 1e-12 (9 digits)", logit_ci(sw, api_w$design, 0.95),
      c(0.7703487213, 0.8734735005), digits = 9)
r <- svyciprop(sw, api_w$design, method = "beta")
check("sch.wide share (beta CI)", attr(r, "ci"), c(0.7699107511, 0.8764512764))
r <- svyciprop(sw, subset(api_w$design, stype == "E"))
check("sch.wide share, stype E (estimate, SE)", c(r, sqrt(attr(r, "var"))), c(0.91, 0.0286899909))

write_expected("survey-api", list(
  list(name = "schoolbreed", ds = api_w, measure = list(kind = "share", expr = quote(sch.wide == "Yes"))),
  list(name = "schoolbreed_beta", ds = api_w, method = "beta",
       measure = list(kind = "share", expr = quote(sch.wide == "Yes"))),
  list(name = "schoolbreed_dataset_beta_90", ds = api_w, method = "beta", level = 0.90,
       measure = list(kind = "share", expr = quote(sch.wide == "Yes"))),
  list(name = "awards_dataset_beta_90_logit", ds = api_w, method = "logit", level = 0.90,
       measure = list(kind = "share", expr = quote(awards == "Yes"))),
  list(name = "schoolbreed_per_type", ds = api_w, groups = "stype",
       measure = list(kind = "share", expr = quote(sch.wide == "Yes"))),
  list(name = "schoolbreed_api99_600", ds = api_w, filter = quote(api99 >= 600), groups = "stype",
       method = "wilson", measure = list(kind = "share", expr = quote(sch.wide == "Yes"))),
  list(name = "schoolbreed_strata", ds = api_s, breakdowns = "stype",
       measure = list(kind = "share", expr = quote(sch.wide == "Yes"))),
  list(name = "awards_strata_beta", ds = api_s, breakdowns = "stype", method = "beta",
       measure = list(kind = "share", expr = quote(awards == "Yes"))),
  list(name = "api00_gemiddeld", ds = api_s, breakdowns = "stype",
       measure = list(kind = "mean", expr = quote(api00))),
  list(name = "api00_gemiddeld_gewogen_90", ds = api_w, groups = "stype", level = 0.90, method = "mean",
       measure = list(kind = "mean", expr = quote(api00))),
  list(name = "scholen_per_type", ds = api_w, groups = "stype", measure = list(kind = "count")),
  list(name = "scholen_awards", ds = api_s, groups = "awards", measure = list(kind = "count")),
  list(name = "leerlingen", ds = api_s, breakdowns = "stype",
       measure = list(kind = "sum", expr = quote(enroll))),
  list(name = "api_groei", ds = api_s, breakdowns = "stype",
       measure = list(kind = "ratio", num = ~api00, den = ~api99))
))

# ===================================================== survey-strata-missing

# A yearly survey 2021-2024 with three panels as strata over the whole file,
# weights, a category answer with a missing code and empty fields, a 0-10
# score with missing code 99, a boolean with empty fields.
set.seed(20240611)
n <- 360
jaar <- rep(2021:2024, each = n / 4)
panel <- sample(c("algemeen", "chronisch", "jongeren"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2))
gewicht <- round(ifelse(panel == "algemeen", runif(n, 0.6, 1.8),
                 ifelse(panel == "chronisch", runif(n, 0.3, 0.9), runif(n, 1.2, 3.4))), 2)
geslacht <- sample(c("man", "vrouw"), n, replace = TRUE)
regio <- sample(c("Noord", "Oost", "Zuid", "West", NA), n, replace = TRUE,
                prob = c(0.25, 0.2, 0.25, 0.2, 0.1))
eens <- 0.30 + 0.06 * (jaar - 2021) + ifelse(panel == "chronisch", 0.1, 0)
u <- runif(n)
antwoord <- ifelse(u < eens, "eens", ifelse(u < eens + 0.25, "neutraal",
                   ifelse(u < 0.88, "oneens", ifelse(u < 0.96, "weet niet", NA))))
score <- pmin(10, pmax(0, round(rnorm(n, ifelse(panel == "jongeren", 7.2, 6.4) + 0.15 * (jaar - 2021), 1.8))))
score[runif(n) < 0.05] <- 99
score[runif(n) < 0.03] <- NA
mantelzorg <- runif(n) < ifelse(panel == "chronisch", 0.45, 0.25) - 0.03 * (jaar - 2021)
mantelzorg[runif(n) < 0.04] <- NA
enquete_raw <- data.frame(id = seq_len(n), jaar = jaar, panel = panel, gewicht = gewicht,
                          geslacht = geslacht, regio = regio, antwoord = antwoord,
                          score = score, mantelzorg = mantelzorg, stringsAsFactors = FALSE)
write_data(enquete_raw, file.path(base, "survey-strata-missing", "enquete.csv"))

enquete <- read_typed(file.path(base, "survey-strata-missing", "enquete.csv"), list(
  id = col("integer"),
  jaar = col("integer"),
  panel = col("category", c("algemeen", "chronisch", "jongeren")),
  gewicht = col("number"),
  geslacht = col("category", c("man", "vrouw")),
  regio = col("category", c("Noord", "Oost", "Zuid", "West")),
  antwoord = col("category", c("eens", "neutraal", "oneens"), missing = "weet niet"),
  score = col("integer", missing = 99),
  mantelzorg = col("boolean")))
enq <- make_design(enquete, weight = "gewicht", strata = "panel")

write_expected("survey-strata-missing", list(
  list(name = "eens", ds = enq, groups = "jaar", breakdowns = c("regio", "geslacht"), period = "jaar",
       measure = list(kind = "share", expr = quote(antwoord == "eens"))),
  list(name = "eens_beta_panel", ds = enq, groups = "jaar", breakdowns = "panel", method = "beta",
       measure = list(kind = "share", expr = quote(antwoord == "eens"))),
  list(name = "eens_mean", ds = enq, groups = "jaar", breakdowns = "regio", method = "mean",
       measure = list(kind = "share", expr = quote(antwoord == "eens"))),
  list(name = "mantelzorg_wilson", ds = enq, groups = "jaar", breakdowns = "geslacht", method = "wilson",
       period = "jaar", measure = list(kind = "share", expr = quote(mantelzorg))),
  list(name = "mantelzorg_wilson_90", ds = enq, groups = "jaar", breakdowns = "regio", method = "wilson",
       level = 0.90, period = "jaar", measure = list(kind = "share", expr = quote(mantelzorg))),
  list(name = "mantelzorg_mean_90", ds = enq, groups = "jaar", method = "mean", level = 0.90,
       period = "jaar", measure = list(kind = "share", expr = quote(mantelzorg))),
  list(name = "score_hoog_90", ds = enq, filter = quote(panel != "jongeren"), groups = "jaar",
       breakdowns = "geslacht", level = 0.90, period = "jaar",
       measure = list(kind = "share", expr = quote(score >= 8))),
  list(name = "score_gemiddeld", ds = enq, groups = "jaar", breakdowns = c("panel", "geslacht"),
       period = "jaar", measure = list(kind = "mean", expr = quote(score))),
  list(name = "antwoord_verdeling", ds = enq, groups = "jaar", period = "jaar",
       measure = list(kind = "distribution", column = "antwoord")),
  list(name = "respondenten_gewogen", ds = enq, groups = "jaar", breakdowns = "panel",
       measure = list(kind = "count")),
  list(name = "score_som_90", ds = enq, groups = c("geslacht", "jaar"), level = 0.90,
       period = "jaar", measure = list(kind = "sum", expr = quote(score)))
))

# ========================================================= survey-unweighted

# A sample without weights (`sample`): once as a simple random sample and once
# stratified by region.
set.seed(20240612)
n <- 150
regio <- rep(c("Noord", "Midden", "Zuid"), c(60, 50, 40))[sample(n)]
geslacht <- sample(c("man", "vrouw"), n, replace = TRUE)
leeftijd <- sample(18:84, n, replace = TRUE)
leeftijd[runif(n) < 0.05] <- NA
rookt <- runif(n) < ifelse(regio == "Zuid", 0.32, 0.2)
rookt[runif(n) < 0.06] <- NA
u <- runif(n)
beweegt <- ifelse(u < 0.42, "dagelijks", ifelse(u < 0.75, "wekelijks", ifelse(u < 0.93, "zelden",
                  ifelse(u < 0.97, "onbekend", NA))))
digitaal <- runif(n) < ifelse(leeftijd %in% 18:44, 0.6, 0.35)
steekproef_raw <- data.frame(id = seq_len(n), regio = regio, geslacht = geslacht, leeftijd = leeftijd,
                             rookt = rookt, beweegt = beweegt, digitaal = digitaal,
                             stringsAsFactors = FALSE)
write_data(steekproef_raw, file.path(base, "survey-unweighted", "steekproef.csv"))

steekproef <- read_typed(file.path(base, "survey-unweighted", "steekproef.csv"), list(
  id = col("integer"),
  regio = col("category", c("Noord", "Midden", "Zuid")),
  geslacht = col("category", c("man", "vrouw")),
  leeftijd = col("integer"),
  rookt = col("boolean"),
  beweegt = col("category", c("dagelijks", "wekelijks", "zelden"), missing = "onbekend"),
  digitaal = col("boolean")))
srs <- make_design(steekproef)                    # dataset steekproef: sample
strat <- make_design(steekproef, strata = "regio")  # dataset steekproef_strata: sample, strata regio

write_expected("survey-unweighted", list(
  list(name = "rokers", ds = srs, breakdowns = c("geslacht", "regio"),
       measure = list(kind = "share", expr = quote(rookt))),
  list(name = "rokers_strata", ds = strat, breakdowns = c("geslacht", "regio"), method = "beta",
       measure = list(kind = "share", expr = quote(rookt))),
  list(name = "rokers_wilson_90", ds = srs, groups = "geslacht", method = "wilson", level = 0.90,
       measure = list(kind = "share", expr = quote(rookt))),
  list(name = "rokers_strata_wilson", ds = strat, groups = "geslacht", method = "wilson",
       measure = list(kind = "share", expr = quote(rookt))),
  list(name = "leeftijd_gemiddeld", ds = srs, breakdowns = "regio",
       measure = list(kind = "mean", expr = quote(leeftijd))),
  list(name = "leeftijd_gemiddeld_strata", ds = strat, breakdowns = "regio",
       measure = list(kind = "mean", expr = quote(leeftijd))),
  list(name = "beweging_verdeling", ds = srs, groups = "geslacht",
       measure = list(kind = "distribution", column = "beweegt")),
  list(name = "beweging_verdeling_strata", ds = strat, breakdowns = "geslacht", method = "mean",
       measure = list(kind = "distribution", column = "beweegt")),
  list(name = "digitaal_per_1000", ds = srs, groups = "regio", per = 1000,
       measure = list(kind = "ratio", num = ~I(as.numeric(digitaal)), den = ~one)),
  list(name = "digitaal_per_1000_strata", ds = strat, breakdowns = "geslacht", per = 1000,
       measure = list(kind = "ratio", num = ~I(as.numeric(digitaal)), den = ~one))
))
