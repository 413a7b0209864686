# statistics covariance, correlation and linear_regression, with their errors.
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(x, x), st.covariance([1.5, 2.5, 3.25], [0.1, 0.7, 0.2]))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), st.correlation([1.1, 2.7, 3.3, 8.0], [0.2, 0.4, 0.9, 1.9]))
print(st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6.5]), st.linear_regression(x, z, proportional=True))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(round(lr.slope * 2019 + lr.intercept), lr._fields, type(lr).__name__)
for f in [lambda: st.covariance([1], [2]), lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1, 1], [1, 2]),
          lambda: st.correlation([1], [1]), lambda: st.linear_regression([2, 2], [1, 2]), lambda: st.linear_regression([1, 2], [3])]:
    try:
        print(f())
    except st.StatisticsError as e:
        print('StatisticsError', e)
