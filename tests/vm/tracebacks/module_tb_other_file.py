import tbhelpers.errors as errors
errors.check("{a")
